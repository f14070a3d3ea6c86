import type { Lexicon } from './types';

export const de: Lexicon = {
  decimalComma: true,
  capitalisedNouns: true,
  numbers: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13,
    vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, hundert: 100, tausend: 1000, dutzend: 12,
  },
  compound: {
    tens: { zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 },
    units: { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 },
    joiner: 'und', unitsFirst: true,
  },
  approxNumerals: { 'ein dutzend': 12, 'rund ein dutzend': 12 },
  scales: {
    hundert: 100, tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12, 'Mio.': 1e6, 'Mrd.': 1e9,
  },
  approxBefore: [
    'etwa', 'rund', 'ungefähr', 'circa', 'ca.', 'knapp', 'fast', 'beinahe', 'über', 'mehr als', 'weniger als', 'unter', 'bis zu',
    'mindestens', 'gut', 'annähernd', 'nahezu', 'an die', 'um die', 'gegen', 'höchstens', 'fast schon',
  ],
  currencies: {
    dollar: 'USD', 'us-dollar': 'USD', euro: 'EUR', pfund: 'GBP', yen: 'JPY', yuan: 'CNY', franken: 'CHF', 'schweizer franken': 'CHF', rubel: 'RUB',
  },
  connectors: [],
  units: {
    prozent: '%', prozentpunkte: 'pp', prozentpunkten: 'pp', punkte: 'points', punkten: 'points', mal: 'x', 'fache': 'x',
    kilometer: 'km', kilometern: 'km', quadratkilometer: 'km2', meter: 'm', metern: 'm', quadratmeter: 'm2', zentimeter: 'cm', tonnen: 't',
    tonne: 't', fass: 'bbl', kilogramm: 'kg', kilo: 'kg', liter: 'L', hektar: 'ha', megawatt: 'MW', sekunden: 's', minuten: 'min', stunden: 'h', stunde: 'h',
    tage: 'days', tagen: 'days', tag: 'days', wochen: 'weeks', monate: 'months', monaten: 'months', jahre: 'years', jahren: 'years', jahr: 'years',
    lichtjahre: 'ly', 'km/h': 'km/h', stundenkilometer: 'km/h',
  },
  nouns: {
    arbeitsplätze: 'jobs', arbeitsplätzen: 'jobs', stellen: 'jobs', jobs: 'jobs', mitarbeiter: 'employees', arbeiter: 'employees', arbeitslose: 'unemployed', mitarbeitern: 'employees',
    beschäftigte: 'employees', beschäftigten: 'employees', angestellte: 'employees', tote: 'deaths', toten: 'deaths', todesopfer: 'deaths',
    verletzte: 'injured', verletzten: 'injured', menschen: 'people', personen: 'people', einwohner: 'people', einwohnern: 'people', leute: 'people',
    besucher: 'visitors', besuchern: 'visitors', zuschauer: 'spectators', passagiere: 'passengers', fahrgäste: 'passengers', kinder: 'children',
    kindern: 'children', frauen: 'women', männer: 'men', schüler: 'pupils', studenten: 'students', studierende: 'students', nutzer: 'users',
    kunden: 'customers', unternehmen: 'companies', firmen: 'companies', länder: 'countries', ländern: 'countries', autos: 'vehicles',
    fahrzeuge: 'vehicles', flugzeuge: 'aircraft', wohnungen: 'homes', häuser: 'homes', filialen: 'stores', stimmen: 'votes', abgeordnete: 'deputies',
    soldaten: 'troops', ärzte: 'doctors', patienten: 'patients', fälle: 'cases', fällen: 'cases', flüchtlinge: 'refugees', mitglieder: 'members',
    touristen: 'tourists', einheiten: 'units', stück: 'units', spiele: 'games', spielen: 'games', tore: 'goals', siege: 'wins', exemplare: 'copies', städte: 'cities', gemeinden: 'municipalities', schulen: 'schools',
  },
  against: ['gegen'],
  changeTo: ['auf'],
  changeFrom: ['von'],
  rangeWords: ['bis'],
  calendar: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'uhr',
  ],
  until: ['bis', 'bis zu', 'bis ende'],
  agoBefore: ['vor', 'seit'],
  agoAfter: ['später', 'zuvor', 'danach'],
  idioms: ['rund um die uhr', '24 stunden am tag', 'sieben tage die woche'],
  designators: ['version', 'nr.', 'nummer', 'modell', 'seite', 'kapitel', 'artikel', 'staffel', 'folge', 'phase', 'jahre', 'jahrgang'],
  ordinals: { erste: 1, ersten: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, vierte: 4, vierten: 4, fünfte: 5, fünften: 5, sechste: 6, sechsten: 6 },
  rankNouns: ['platz', 'rang', 'stelle', 'position'],
  signals: [
    'investi', 'umsatz', 'gewinn', 'verlust', 'kosten', 'kostet', 'preis', 'wert', 'gestiegen', 'steig', 'anstieg', 'gesunken',
    'sink', 'rückgang', 'wachstum', 'gestrichen', 'abbau', 'stellenabbau', 'tote', 'getötet', 'bilanz', 'insgesamt', 'budget',
    'strafe', 'bezahlt', 'verkauf', 'übernahme', 'übernomm', 'auftrag',
  ],
  deathWords: ['tote', 'getötet', 'toten', 'starben', 'ums leben'],
  deathBefore: ['tötete', 'töteten', 'tod', 'tod von'],
  expectations: ['analyst', 'erwart', 'prognos', 'konsens'],
  breakdown: ['davon', 'darunter', 'einschließlich', 'inklusive', 'außer', 'ausgenommen'],
  partitive: ['der', 'von'],
  phrases: {
    'die hälfte': [50, '%'], hälfte: [50, '%'], 'ein drittel': [33.33, '%'], 'zwei drittel': [66.67, '%'], 'ein viertel': [25, '%'],
    'drei viertel': [75, '%'], verdoppelt: [2, 'x'], verdreifacht: [3, 'x'],
  },
};
