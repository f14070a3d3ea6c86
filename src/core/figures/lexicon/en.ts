import type { Lexicon } from './types';

export const en: Lexicon = {
  decimalComma: false,
  numbers: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
  },
  compound: {
    tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
    units: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
    joiner: '-', unitsFirst: false,
  },
  approxNumerals: { 'a dozen': 12, 'about a dozen': 12, 'a score of': 20 },
  scales: {
    hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
  },
  approxBefore: [
    'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'close to', 'approximately', 'more than', 'over', 'at least',
    'up to', 'as many as', 'as much as', 'less than', 'fewer than', 'under', 'just over', 'just under', 'upwards of', 'an estimated',
    'estimated', 'at most', 'in excess of', 'well over', 'nearly half', 'about half', 'circa',
  ],
  currencies: {
    dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
    sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', 'hong kong dollars': 'HKD', 'taiwan dollars': 'TWD', 'canadian dollars': 'CAD',
    'australian dollars': 'AUD', rupees: 'INR', won: 'KRW', rubles: 'RUB', roubles: 'RUB', 'swiss francs': 'CHF', reais: 'BRL', pesos: 'MXN',
  },
  connectors: ['of', 'in'],
  units: {
    percent: '%', 'per cent': '%', pct: '%', 'percentage points': 'pp', 'percentage point': 'pp', 'basis points': 'pp', 'points': 'points',
    'times': 'x', 'fold': 'x', kilometers: 'km', kilometres: 'km', kilometer: 'km', kilometre: 'km', meters: 'm', metres: 'm', meter: 'm', metre: 'm',
    miles: 'mi', mile: 'mi', feet: 'ft', foot: 'ft', inches: 'in', inch: 'in', 'square kilometers': 'km2', 'square kilometres': 'km2',
    'square miles': 'sq mi', 'square feet': 'sq ft', acres: 'acres', hectares: 'ha', tonnes: 't', tons: 't', 'metric tons': 't', kilograms: 'kg',
    kilos: 'kg', pounds: 'lb', liters: 'L', litres: 'L', gallons: 'gal', barrels: 'bbl', horsepower: 'hp', megawatts: 'MW', gigawatts: 'GW',
    kilowatts: 'kW', 'light-years': 'ly', 'light years': 'ly', 'miles per hour': 'mph', 'kilometers per hour': 'km/h', 'cubic feet': 'ft3',
    seconds: 's', second: 's', minutes: 'min', minute: 'min', hours: 'h', hour: 'h', days: 'days', day: 'days', weeks: 'weeks', week: 'weeks',
    months: 'months', month: 'months', years: 'years', year: 'years', 'years old': 'years', 'year-old': 'years', decades: 'decades',
  },
  nouns: {
    people: 'people', persons: 'people', person: 'people', individuals: 'people', residents: 'people', inhabitants: 'people',
    killed: 'deaths', dead: 'deaths', deaths: 'deaths', fatalities: 'deaths', lives: 'deaths', victims: 'victims',
    jobs: 'jobs', job: 'jobs', positions: 'jobs', layoffs: 'jobs', 'job cuts': 'jobs',
    workers: 'employees', employees: 'employees', staff: 'employees', staffers: 'employees',
    planes: 'aircraft', jets: 'aircraft', aircraft: 'aircraft', airplanes: 'aircraft', airliners: 'aircraft',
    cars: 'vehicles', vehicles: 'vehicles', trucks: 'vehicles', suvs: 'vehicles', firms: 'companies', companies: 'companies',
    nations: 'countries', countries: 'countries', soldiers: 'troops', troops: 'troops', wounded: 'injured', injured: 'injured',
    children: 'children', kids: 'children', women: 'women', men: 'men', users: 'users', customers: 'customers', votes: 'votes',
  },
  rangeWords: ['to'],
  calendar: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
  designators: ['version', 'v', 'no.', 'number', 'model', 'route', 'page', 'chapter', 'article', 'section', 'room', 'flight', 'channel', 'phase', 'season', 'episode', 'level', 'fiscal', 'q', 'the year'],
  ordinals: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 },
  rankNouns: ['place', 'position', 'spot', 'rank', 'largest', 'biggest', 'in the table', 'in the standings'],
  signals: ['invest', 'raise', 'raising', 'revenue', 'sales', 'profit', 'earning', 'loss', 'cost', 'price', 'worth', 'valu', 'deal', 'fell', 'fall', 'rose', 'rise', 'risen', 'jump', 'surg', 'soar', 'plung', 'drop', 'increas', 'decreas', 'declin', 'growth', 'grew', 'cut', 'kill', 'died', 'budget', 'fine', 'paid', 'pay', 'spend', 'spent', 'lost', 'gain', 'closed', 'ended', 'order', 'bought', 'sold', 'acqui', 'layoff', 'affect', 'range', 'battery', 'power', 'charg', 'fleet'],
  deathWords: ['killed', 'dead', 'died', 'lives', 'deaths'],
  deathBefore: ['killed', 'killing', 'kills', 'death of', 'deaths of', 'the lives of'],
  expectations: ['analyst', 'expect', 'estimat', 'consensus', 'poll'],
  breakdown: ['including', 'of which', 'among them', 'among whom', 'includes', 'included', 'except', 'excluding'],
  partitive: ['of the', 'out of'],
  phrases: {
    half: [50, '%'], 'a third': [33.33, '%'], 'one third': [33.33, '%'], 'two-thirds': [66.67, '%'], 'two thirds': [66.67, '%'],
    'a quarter': [25, '%'], 'three-quarters': [75, '%'], 'doubled': [2, 'x'], 'tripled': [3, 'x'], 'quadrupled': [4, 'x'],
    'twice as': [2, 'x'], 'three times as': [3, 'x'],
  },
};
