/** A child's fixed characteristics: age at entry, sex, ethnicity, UPN, home, how often they go missing. */
import { Weighted, type Rng } from './prng';
import { ethnicity, SEX_U_FROM, uascEthnicity } from './codes';
import { homePostcode } from './places';
import { birthday, dayFromYmd, ymdOf, type Day } from './dates';
import type { ChildPlan, LaEnv, PeriodPlan } from './types';

export type Entrant = 'general' | 'uasc' | 'shortBreak';

/** Age on first entry, as [min, max] days of age, weighted like DfE's starters. */
const startAge = new Weighted<readonly [number, number]>([
  [[0, 14], 9], [[15, 364], 11], [[365, 1825], 15], [[1826, 3651], 16], [[3652, 5843], 33], [[5844, 6530], 16],
]);
const uascAge = new Weighted<readonly [number, number]>([[[5113, 5478], 10], [[5479, 5843], 25], [[5844, 6208], 40], [[6209, 6530], 25]]);
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

function realUpn(rng: Rng): string {
  return `${UPN_LETTERS.charAt(rng.int(0, UPN_LETTERS.length - 1))}${rng.int(100000, 999999)}${String(rng.int(0, 999999)).padStart(6, '0')}`;
}

/** 1 September after the 4th birthday: the start of the reception year (rule 209's school age). */
export function receptionStart(dob: Day): Day {
  const b4 = birthday(dob, 4);
  const september = dayFromYmd(ymdOf(b4)[0], 9, 1);
  return september > b4 ? september : dayFromYmd(ymdOf(b4)[0] + 1, 9, 1);
}

/**
 * A child's date of birth and kind, enough to plan their periods of care. Most children simulated before the
 * history never appear in it, so the rest of the profile waits for `describeChild`.
 */
export function createChild(rng: Rng, firstStart: Day, entrant: Entrant): ChildPlan {
  const [lo, hi] = entrant === 'uasc' ? uascAge.pick(rng) : entrant === 'shortBreak' ? [1461, 5800] as const : startAge.pick(rng);
  return {
    childId: '', rng, sex: 'M', dob: firstStart - rng.int(lo, hi), ethnicity: 'NOBT', uasc: entrant === 'uasc', upn: 'UN4',
    home: undefined, missingRate: 0, missingCount: 0, shortBreak: entrant === 'shortBreak', periods: [],
  };
}

/** Id, sex, ethnicity, UPN (a real one from school age), home postcode and how often the child goes missing. */
export function describeChild(env: LaEnv, child: ChildPlan, childId: string, firstStart = child.periods[0]?.start ?? child.dob): void {
  const rng = child.rng;
  const ageYears = (firstStart - child.dob) / 365.25;
  const uasc = child.uasc;
  child.childId = childId;
  child.sex = uasc
    ? (rng.chance(0.92) ? 'M' : 'F')
    // U (indeterminate) only for a child born once the code existed: the child's details are recorded from birth
    // (before care, with the first social worker), and a code is checked on the fact's date. Tested after the draw,
    // so every other child draws the same numbers as before.
    : firstStart >= SEX_U_FROM + 14 && ageYears < 1 && rng.chance(0.01) && child.dob >= SEX_U_FROM ? 'U' : rng.chance(0.55) ? 'M' : 'F';
  const r = rng.next();
  if (uasc) child.upn = r < 0.6 ? 'UN2' : realUpn(rng);
  else if (ageYears < 4) {
    child.upn = r < 0.55 ? 'UN1' : realUpn(rng);
    // UN1 means not of school age: a UPN comes with a school place, a few weeks into the first reception term.
    if (child.upn === 'UN1') child.schoolUpn = { upn: realUpn(rng), from: receptionStart(child.dob) + rng.int(3, 40) };
  }
  else if (r < 0.01) child.upn = 'UN3';
  else if (r < 0.015) child.upn = 'UN5';
  else {
    child.upn = realUpn(rng);
    if (!child.shortBreak && rng.chance(0.12)) child.provisionalUpn = 'UN4';
  }
  child.ethnicity = (uasc ? uascEthnicity : ethnicity).pick(rng);
  child.home = uasc ? undefined : homePostcode(rng, env.geo);
  if (child.shortBreak) return;
  if (uasc) child.missingRate = rng.chance(0.05) ? 3 : 0;
  else if (rng.chance(0.14)) child.missingRate = Math.min(40, 3 + rng.exp(8));
}

/** A few older girls in care have a baby of their own. */
export function planMotherhood(env: LaEnv, child: ChildPlan, periods: readonly PeriodPlan[]): void {
  if (child.sex !== 'F' || child.shortBreak) return;
  const b14 = birthday(child.dob, 14);
  for (const p of periods) {
    const from = Math.max(p.start + 1, b14, env.historyStart);
    const to = Math.min(p.end - 1, env.asAt);
    if (to - from > 60 && child.rng.chance(0.06)) {
      child.childsDob = child.rng.int(from, to);
      return;
    }
  }
}
