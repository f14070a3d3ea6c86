/** Symbols and codes that read the same in every language. */

/** Currency symbols and prefixes, case-sensitive. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', US$: 'USD', 'U.S.$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '円': 'JPY', '元': 'CNY',
  HK$: 'HKD', NT$: 'TWD', C$: 'CAD', A$: 'AUD', R$: 'BRL', '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', '₩': 'KRW', '₽': 'RUB', 'Kč': 'CZK', 'CHF': 'CHF', 'Fr.': 'CHF',
};

/** ISO 4217 codes recognised when written next to a number. */
export const CURRENCY_CODES = ('USD EUR GBP JPY CNY HKD TWD KRW CZK CHF INR BRL ARS MXN CAD AUD NZD RUB SEK NOK DKK PLN HUF ' +
  'TRY ZAR SGD ILS AED SAR CLP COP PEN').split(' ');

/** Scale abbreviations glued to a currency: "K€", "M€", "Md$", "Mds€". Case-sensitive. */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, Mio: 1e6, 'Mio.': 1e6, bn: 1e9, Bn: 1e9, b: 1e9, B: 1e9,
  Md: 1e9, Mds: 1e9, Mrd: 1e9, 'Mrd.': 1e9, Mrds: 1e9, mld: 1e9, Mld: 1e9, tn: 1e12, T: 1e12, Bio: 1e12,
};

/** Abbreviations that mean a scale only when a currency is next to them ("$5m", "5 M€"), else a unit or noise. */
export const CURRENCY_ONLY_SCALES = new Set(['k', 'K', 'm', 'M', 'b', 'B', 'T']);

/** SI-style unit symbols, case-sensitive, to the unit reported. */
export const UNIT_SYMBOLS: Record<string, string> = {
  '%': '%', '％': '%', '‰': '‰', pp: 'pp', 'p.p.': 'pp', pb: 'bp', bp: 'bp', bps: 'bp', x: 'x', '×': 'x',
  km: 'km', 'km²': 'km2', km2: 'km2', 'm²': 'm2', m2: 'm2', 'm³': 'm3', m3: 'm3', m: 'm', cm: 'cm', mm: 'mm', mi: 'mi', ft: 'ft', ha: 'ha',
  kg: 'kg', oz: 'oz', lb: 'lb', lbs: 'lb', t: 't', Mt: 'Mt', l: 'L', L: 'L', ml: 'ml', hl: 'hl',
  W: 'W', kW: 'kW', MW: 'MW', GW: 'GW', TW: 'TW', Wh: 'Wh', kWh: 'kWh', MWh: 'MWh', GWh: 'GWh', TWh: 'TWh',
  hp: 'hp', bhp: 'hp', PS: 'PS', ch: 'PS', cv: 'PS', CV: 'PS', Nm: 'Nm', 'lb-ft': 'lb-ft', mph: 'mph', 'km/h': 'km/h', kph: 'km/h', 'km/L': 'km/L', mpg: 'mpg',
  KB: 'KB', Ko: 'KB', MB: 'MB', Mo: 'MB', GB: 'GB', Go: 'GB', TB: 'TB', To: 'TB', fps: 'fps', '°C': '°C', 'cu.ft.': 'ft3', 'cu. ft.': 'ft3', 'cu ft': 'ft3',
  s: 's', min: 'min', h: 'h', ms: 'ms',
};

/** Range dashes valid in every language. */
export const RANGE_DASHES = ['-', '–', '—', '~', '〜', '～'];

/** Hedging signs written before a number. */
export const APPROX_SIGNS = ['~', '≈', '+/-', '±', '<', '>', '≤', '≥', 'ca.', 'env.', 'approx.'];
