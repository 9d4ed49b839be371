/**
 * One section of the corporate parenting scorecard, as the seeds group them (Cheshire East's G, P1 to P5): a title,
 * the prefix its row references take, and its rows in order. A row names a catalogue measure; whether it is one of
 * the headline figures whose change since the last report is explained.
 */
export interface ScorecardRow {
  readonly measureId: string;
  readonly headline?: boolean;
}

export interface ScorecardSection {
  readonly id: string;
  readonly title: string;
  /** Row references are the prefix and the row's place in the section: G1, G2, ... */
  readonly prefix: string;
  readonly rows: readonly ScorecardRow[];
}

export function defineScorecardSection(section: ScorecardSection): ScorecardSection {
  return section;
}
