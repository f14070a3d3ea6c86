/** What kind of quantity a reported unit is. */

export const isMoney = (unit: string): boolean => /^[A-Z]{3}$/.test(unit);

const DURATIONS = new Set(['years', 'months', 'weeks', 'days', 'h', 'min', 's', 'decades']);
export const isDuration = (unit: string): boolean => DURATIONS.has(unit);

/** Units that make a number a quantity by themselves, even when it looks like a year or follows a name. */
const MEASURES = /^(?:[A-Z]{3}|%|pp|x|points|km2?|m[23]?|cm|mm|mi|ft|in|ha|kg|t|Mt|L|W|kW|MW|GW|TW|k?Wh|[MGT]Wh|hp|PS|Nm|lb-ft|mph|km\/h|KB|MB|GB|TB|sq mi|sq ft|acres|bbl|gal|ly)$/;
export const isMeasure = (unit: string): boolean => MEASURES.test(unit);

/** A counted noun ("jobs", "police officers"), as opposed to money, a measure or a duration. */
export const isCount = (unit: string): boolean => /^[a-z][a-z ]+$/.test(unit) && unit !== 'rank' && !isDuration(unit) && !isMeasure(unit);
