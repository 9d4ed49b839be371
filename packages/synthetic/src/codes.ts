/** Weighted 903 code choices (roughly the national mix; an English LA like Thurrock). */
import { Weighted, type Rng } from './prng';
import { dayOf, type Day } from './dates';

export const K3_FROM: Day = dayOf('2023-10-28');
export const P2_UNTIL: Day = dayOf('2023-10-27');
/** The last day a 903 (2023/24) can report a P2 placement. */
export const P2_LAST_REPORTED: Day = dayOf('2024-03-31');
export const Z1_UNTIL: Day = dayOf('2025-03-31');
export const E1_FROM: Day = dayOf('2005-12-30');
export const SEX_U_FROM: Day = dayOf('2024-04-01');

export const ethnicity = new Weighted<string>([
  ['WBRI', 640], ['WOTH', 60], ['WIRI', 5], ['WIRT', 6], ['WROM', 6], ['MWBC', 45], ['MWBA', 20], ['MWAS', 18],
  ['MOTH', 40], ['AIND', 10], ['APKN', 10], ['ABAN', 5], ['AOTH', 15], ['BCRB', 15], ['BAFR', 50], ['BOTH', 15],
  ['CHNE', 3], ['OOTH', 20], ['REFU', 3], ['NOBT', 4],
]);
export const uascEthnicity = new Weighted<string>([['BAFR', 35], ['AOTH', 28], ['OOTH', 16], ['MOTH', 6], ['WOTH', 9], ['BOTH', 6]]);

export const categoryOfNeed = new Weighted<string>([
  ['N1', 62], ['N4', 8], ['N5', 12], ['N2', 3], ['N8', 7], ['N3', 3], ['N6', 3], ['N7', 2],
]);
export const remandNeed = new Weighted<string>([['N6', 60], ['N5', 20], ['N1', 20]]);
export const uascNeed = new Weighted<string>([['N8', 92], ['N4', 4], ['N1', 4]]);
export const shortBreakNeed = new Weighted<string>([['N2', 92], ['N4', 4], ['N3', 4]]);

export const reasonForChange = new Weighted<string>([
  ['CARPL', 38], ['CREQB', 14], ['CREQO', 8], ['CHILD', 8], ['STAND', 4], ['ALLEG', 4], ['CLOSE', 4], ['APPRR', 2],
  ['LAREQ', 6], ['OTHER', 10], ['CUSTOD', 1],
]);

const participationOver4 = new Weighted<string>([
  ['PN1', 50], ['PN2', 8], ['PN3', 5], ['PN4', 6], ['PN5', 12], ['PN6', 9], ['PN7', 10],
]);

/** PN0 for a child under 4 on the review date. */
export function participation(rng: Rng, age: number): string {
  return age < 4 ? 'PN0' : participationOver4.pick(rng);
}

const age18Foster = new Weighted<string>([['E17', 45], ['E5', 30], ['E8', 25]]);
const age18Supported = new Weighted<string>([['E5', 60], ['E6', 25], ['E8', 15]]);
const age18Other = new Weighted<string>([['E5', 50], ['E8', 35], ['E6', 15]]);

/** The reason a period ends on the 18th birthday, given the placement the young person is in. */
export function age18Reason(rng: Rng, placementType: string): string {
  if (placementType.startsWith('U')) return age18Foster.pick(rng);
  if (placementType === 'K3' || placementType === 'H5' || placementType === 'P2') return age18Supported.pick(rng);
  return age18Other.pick(rng);
}

export function placementOrderCode(day: Day): string {
  return day >= E1_FROM ? 'E1' : 'D1';
}
