import type { Lexicon } from './types';

export const cs: Lexicon = {
  decimalComma: true,
  numbers: {
    jediný: 1, jediná: 1, jediné: 1, dva: 2, dvě: 2, dvou: 2, dvěma: 2, tři: 3, tří: 3, třech: 3, třem: 3, třemi: 3, čtyři: 4, čtyř: 4,
    čtyřech: 4, pět: 5, pěti: 5, šest: 6, šesti: 6, sedm: 7, sedmi: 7, osm: 8, osmi: 8, devět: 9, devíti: 9, deset: 10, deseti: 10,
    jedenáct: 11, jedenácti: 11, dvanáct: 12, dvanácti: 12, třináct: 13, třinácti: 13, čtrnáct: 14, čtrnácti: 14, patnáct: 15, patnácti: 15,
    šestnáct: 16, sedmnáct: 17, osmnáct: 18, devatenáct: 19, dvacet: 20, dvaceti: 20, třicet: 30, čtyřicet: 40, padesát: 50, šedesát: 60,
    sedmdesát: 70, osmdesát: 80, devadesát: 90, sto: 100,
  },
  compound: {
    tens: { dvacet: 20, třicet: 30, čtyřicet: 40, padesát: 50, šedesát: 60, sedmdesát: 70, osmdesát: 80, devadesát: 90 },
    units: { jedna: 1, dva: 2, tři: 3, čtyři: 4, pět: 5, šest: 6, sedm: 7, osm: 8, devět: 9 },
    joiner: 'a', unitsFirst: true,
  },
  approxNumerals: { 'desítka': 10, 'tucet': 12 },
  scales: {
    sto: 100, tisíc: 1e3, tisíce: 1e3, milion: 1e6, miliony: 1e6, milionů: 1e6, milionu: 1e6, miliarda: 1e9, miliardy: 1e9, miliard: 1e9,
    'mil.': 1e6, 'mld.': 1e9,
  },
  approxBefore: [
    'kolem', 'zhruba', 'asi', 'přibližně', 'téměř', 'skoro', 'přes', 'více než', 'víc než', 'méně než', 'až', 'nejméně',
    'minimálně', 'okolo', 'cca',
  ],
  currencies: { korun: 'CZK', koruny: 'CZK', korunách: 'CZK', liber: 'GBP', libry: 'GBP', eur: 'EUR', euro: 'EUR', dolarů: 'USD', dolary: 'USD' },
  connectors: [],
  units: {
    procent: '%', procenta: '%', procento: '%', 'procentního bodu': 'pp', 'procentních bodů': 'pp', bodů: 'points', krát: 'x',
    kilometrů: 'km', kilometry: 'km', metrů: 'm', tun: 't', tuny: 't', litrů: 'L', sekund: 's', minut: 'min', hodin: 'h', dní: 'days', dnů: 'days',
    dny: 'days', dnech: 'days', týdnů: 'weeks', týdny: 'weeks', měsíců: 'months', měsíce: 'months', let: 'years', roky: 'years', roků: 'years', roku: 'years',
  },
  nouns: {
    zápasů: 'matches', zápasech: 'matches', zápasy: 'matches', utkání: 'matches', utkáních: 'matches', duelů: 'matches', vítězných: 'wins',
    výher: 'wins', vítězství: 'wins', gól: 'goals', góly: 'goals', gólů: 'goals', lidí: 'people', lidé: 'people', osob: 'people', obyvatel: 'people',
    mrtvých: 'deaths', obětí: 'deaths', zraněných: 'injured', zaměstnanců: 'employees', pracovních: 'jobs', míst: 'jobs', dětí: 'children',
    žen: 'women', mužů: 'men', studentů: 'students', uživatelů: 'users', zákazníků: 'customers', firem: 'companies', společností: 'companies',
    zemí: 'countries', aut: 'vehicles', vozů: 'vehicles', letadel: 'aircraft', bytů: 'homes', domů: 'homes', hlasů: 'votes', poslanců: 'deputies',
    vojáků: 'troops', lékařů: 'doctors', pacientů: 'patients', případů: 'cases', členů: 'members', bodů: 'points', diváků: 'spectators',
    návštěvníků: 'visitors', cestujících: 'passengers', měst: 'cities', obcí: 'municipalities', škol: 'schools',
  },
  against: ['proti'],
  changeFrom: ['z', 'ze'],
  rangeWords: ['až'],
  calendar: [
    'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince',
    'leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'říjen', 'listopad', 'prosinec',
    'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle',
  ],
  agoBefore: ['před'],
  agoAfter: ['poté', 'později'],
  idioms: ['24 hodin denně'],
  designators: ['verze', 'číslo', 'č.', 'model', 'strana', 'kapitola', 'článek', 'sezona', 'díl', 'let', 'roce'],
  ordinals: {
    první: 1, druhé: 2, druhý: 2, druhém: 2, třetí: 3, třetím: 3, čtvrté: 4, čtvrtý: 4, čtvrtém: 4, páté: 5, pátý: 5, pátém: 5,
    šesté: 6, šestém: 6, sedmé: 7, osmé: 8, deváté: 9, desáté: 10,
  },
  rankNouns: ['místo', 'místě', 'místa', 'příčka', 'příčce', 'pozice', 'pozici'],
  signals: [
    'investi', 'tržb', 'zisk', 'ztrát', 'náklad', 'stojí', 'cena', 'cenovk', 'hodnot', 'vzrostl', 'růst', 'klesl', 'pokles',
    'propouš', 'mrtv', 'obět', 'celkem', 'rozpoč', 'pokut', 'zaplatil', 'prodal', 'vítěz',
  ],
  deathWords: ['mrtvých', 'zemřelo', 'obětí', 'zahynulo'],
  deathBefore: ['zabil', 'zabila', 'zabilo', 'smrt', 'smrti'],
  expectations: ['analyti', 'očekáv', 'odhad'],
  breakdown: ['z toho', 'včetně', 'z nichž', 'kromě'],
  partitive: ['z'],
  phrases: { polovina: [50, '%'], polovinu: [50, '%'], třetina: [33.33, '%'], čtvrtina: [25, '%'], zdvojnásobil: [2, 'x'] },
};
