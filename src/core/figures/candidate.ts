/** A figure as read from the text, before ranking. */
export interface Candidate {
  value: number;
  unit: string;
  raw: string;
  offset: number;
  approx: boolean;
  /** Written in words ("dix milliards"), not digits. */
  words: boolean;
  /** Unit taken from a neighbouring figure, not written next to the number. */
  inherited: boolean;
  /** One end of a range ("242 to 330 passengers"); a change "from 0.90 to 1.23 percent" is not a range. */
  range?: boolean;
  /** Given as the whole another figure is part of: "28 millions" in "huit des 28 millions". */
  context?: boolean;
}
