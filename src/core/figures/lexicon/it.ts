import type { Lexicon } from './types';

export const it: Lexicon = {
  decimalComma: true,
  numbers: {
    due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13,
    quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, trenta: 30, quaranta: 40,
    cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100, mille: 1000,
  },
  approxNumerals: { 'una decina': 10, 'una dozzina': 12, 'una quindicina': 15, 'una ventina': 20, 'una trentina': 30, "un centinaio": 100, 'un migliaio': 1000 },
  scales: { cento: 100, mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9, 'mln': 1e6, 'mld': 1e9 },
  approxBefore: [
    'circa', 'quasi', 'oltre', 'più di', 'meno di', 'fino a', 'almeno', 'intorno a', 'attorno a', 'poco più di', 'poco meno di', 'ben',
    'quasi', 'all’incirca', "all'incirca", 'sui', 'sulle', 'superiore a',
  ],
  currencies: { dollari: 'USD', dollaro: 'USD', euro: 'EUR', sterline: 'GBP', yen: 'JPY', yuan: 'CNY', franchi: 'CHF' },
  connectors: ['di', 'd’', "d'"],
  units: {
    'per cento': '%', percento: '%', 'punti percentuali': 'pp', 'punto percentuale': 'pp', punti: 'points', volte: 'x', chilometri: 'km',
    'chilometri quadrati': 'km2', metri: 'm', 'metri quadrati': 'm2', centimetri: 'cm', tonnellate: 't', chili: 'kg', chilogrammi: 'kg', litri: 'L',
    ettari: 'ha', megawatt: 'MW', secondi: 's', minuti: 'min', ore: 'h', giorni: 'days', settimane: 'weeks', mesi: 'months', anni: 'years', anno: 'years',
  },
  nouns: {
    posti: 'jobs', 'posti di lavoro': 'jobs', licenziamenti: 'jobs', dipendenti: 'employees', lavoratori: 'employees', addetti: 'employees',
    morti: 'deaths', vittime: 'deaths', decessi: 'deaths', feriti: 'injured', persone: 'people', abitanti: 'people', visitatori: 'visitors',
    spettatori: 'spectators', passeggeri: 'passengers', bambini: 'children', donne: 'women', uomini: 'men', studenti: 'students', utenti: 'users',
    clienti: 'customers', aziende: 'companies', imprese: 'companies', società: 'companies', paesi: 'countries', auto: 'vehicles', veicoli: 'vehicles',
    aerei: 'aircraft', case: 'homes', abitazioni: 'homes', negozi: 'stores', voti: 'votes', deputati: 'deputies', soldati: 'troops', medici: 'doctors',
    pazienti: 'patients', casi: 'cases', contagi: 'cases', migranti: 'migrants', profughi: 'refugees', membri: 'members', partite: 'games',
    gol: 'goals', vittorie: 'wins', copie: 'copies', città: 'cities', comuni: 'municipalities', scuole: 'schools',
  },
  changeFrom: ['da'],
  rangeWords: ['a'],
  calendar: [
    'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
    'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  ],
  designators: ['versione', 'n.', 'numero', 'modello', 'pagina', 'capitolo', 'articolo', 'stagione', 'episodio', 'anni', 'fase'],
  ordinals: { primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5 },
  rankNouns: ['posto', 'posizione', 'piazzamento'],
  signals: ['invest', 'ricavi', 'fatturato', 'vendit', 'utile', 'perdit', 'costo', 'costa', 'prezzo', 'valore', 'aument', 'salit', 'calo', 'calat', 'sces', 'crescit', 'cresciut', 'tagli', 'licenzi', 'mort', 'vittim', 'bilancio', 'multa', 'pagat', 'vendut', 'acquisi', 'ordin'],
  deathWords: ['morti', 'uccisi', 'vittime', 'deceduti'],
  deathBefore: ['uccidendo', 'ha ucciso', 'morte di', 'la morte di'],
  expectations: ['analist', 'attes', 'previs', 'consenso'],
  breakdown: ['di cui', 'tra cui', 'tra questi', 'compresi', 'inclusi', 'eccetto', 'tranne'],
  partitive: ['dei', 'degli', 'delle', 'su'],
  phrases: { 'la metà': [50, '%'], metà: [50, '%'], 'un terzo': [33.33, '%'], 'due terzi': [66.67, '%'], 'un quarto': [25, '%'], raddoppiato: [2, 'x'], triplicato: [3, 'x'] },
};
