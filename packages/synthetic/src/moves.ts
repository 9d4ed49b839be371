/**
 * Placements through a period of care: the first placement, moves (~0.6 a year), a move to supported
 * accommodation after 16, a kinship or parents' placement before an SGO or a return home, placement for adoption,
 * and the odd temporary placement (T-codes) that returns to the normal placement.
 */
import { checkCode } from '@careledger/ssda903';
import { Weighted, type Rng } from './prng';
import { ageOn, birthday, dateOf, type Day } from './dates';
import { age18Reason, K3_FROM, P2_LAST_REPORTED, reasonForChange, Z1_UNTIL } from './codes';
import { allowsPlacementWithParents, choosePlacement, isFoster, placementOf, type Placement } from './placements';
import { carerPostcode, type Geography } from './places';
import type { ChildPlan, LaEnv, PeriodPlan, PlacementMove } from './types';

type Step = 'move' | 'supported' | 'carer' | 'parents' | 'adopt';

const temporary = new Weighted<readonly [string, number, number]>([
  [['T4', 2, 7], 40], [['T3', 7, 20], 25], [['T1', 2, 30], 20], [['T2', 3, 14], 15],
]);

function moveRate(age: number): number {
  return age < 5 ? 0.35 : age < 10 ? 0.4 : age < 16 ? 0.6 : 0.55;
}

/** Is any day of `days` (sorted) within [from, to]? */
export function anyWithin(days: readonly Day[], from: Day, to: Day): boolean {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < days.length && (days[lo] as number) <= to;
}

/** Is a placement code valid for a placement starting on `day` (H5, P2, K3, Z1 change over time)? */
export function validOn(type: string, day: Day): boolean {
  return checkCode('placementType', type, dateOf(day)).ok;
}

export function placementOn(p: PeriodPlan, day: Day): Placement {
  let current = p.placement;
  for (const m of p.placementChanges) {
    if (m.day > day) break;
    current = m.placement;
  }
  return current;
}

/** The legal status in force on `day`. */
export function statusOn(p: PeriodPlan, day: Day): string {
  let status = p.legalStatus;
  for (const c of p.statusChanges) {
    if (c.day > day) break;
    status = c.legalStatus;
  }
  return status;
}

/** Foster carers who are family or friends (U1-U3), or other foster carers (U4-U6): who an E45 / E46 SGO is made to. */
const sgoCarerPlacement: Record<'kin' | 'foster', Weighted<string>> = {
  kin: new Weighted([['U3', 70], ['U1', 30]]),
  foster: new Weighted([['U4', 60], ['U6', 40]]),
};
const fitsSgoCarer = (carer: 'kin' | 'foster', type: string) =>
  carer === 'kin' ? type === 'U1' || type === 'U2' || type === 'U3' : isFoster(type);

export function planPlacements(env: LaEnv, child: ChildPlan, p: PeriodPlan): void {
  const rng = child.rng;
  const geo = env.geo;
  const home = child.home;
  const kinStart = (p.sgoCarer === 'kin' && rng.chance(0.6)) || (p.pathway === 'other' && rng.chance(0.35));
  p.placement = choosePlacement(rng, geo, ageOn(child.dob, p.start), p.start, { uasc: child.uasc, kin: kinStart, home, legalStatus: p.legalStatus });
  const limit = p.adoption ? p.adoption.day : p.end;
  let steps: { day: Day; step: Step }[] = [];
  for (let t = p.start; ;) {
    t += Math.max(1, Math.round(rng.exp(365 / moveRate(ageOn(child.dob, t)))));
    if (t >= limit) break;
    steps.push({ day: t, step: 'move' });
  }
  const b16 = birthday(child.dob, 16);
  if (b16 > p.start && b16 < limit - 60 && rng.chance(child.uasc ? 0.6 : 0.35)) {
    steps.push({ day: b16 + rng.int(0, Math.min(300, limit - b16 - 30)), step: 'supported' });
  }
  if (p.homeWithParents && p.end - p.start > 120) {
    // Home to parents once the care order is made (placement with parents needs one).
    let day = p.end - rng.int(30, Math.min(365, p.end - p.start - 30));
    const order = p.statusChanges.find((c) => allowsPlacementWithParents(c.legalStatus));
    if (!allowsPlacementWithParents(statusOn(p, day)) && order && order.day > day) day = order.day;
    if (allowsPlacementWithParents(statusOn(p, day)) && day < p.end - 1) steps.push({ day, step: 'parents' });
  }
  steps.sort((a, b) => a.day - b.day);
  if (p.sgoCarer) {
    // The carers who are granted the SGO look after the child for its last months in care (rule 516 for E45/E46).
    const carerDay = kinStart || p.end - p.start < 62 ? p.start : p.end - rng.int(60, Math.min(300, p.end - p.start - 2));
    steps = steps.filter((s) => s.day < carerDay);
    if (carerDay > p.start) steps.push({ day: carerDay, step: 'carer' });
    else if (!fitsSgoCarer(p.sgoCarer, p.placement.placementType)) p.placement = placementOf(rng, geo, sgoCarerPlacement[p.sgoCarer].pick(rng), home);
  }
  if (p.adoption) steps.push({ day: p.adoption.day, step: 'adopt' });
  const moves: PlacementMove[] = [];
  let current = p.placement;
  let lastDay = p.start;
  for (const { day, step } of steps) {
    if (day <= lastDay || day >= p.end || (step !== 'adopt' && day >= limit)) continue;
    const age = ageOn(child.dob, day);
    let move: PlacementMove;
    if (step === 'move' && current.placementType === 'U6' && p.end - p.start > 500 && rng.chance(0.15)) {
      move = { day, placement: { ...current, placementType: 'U4' }, reason: 'PLACE', sameCarer: true };
    } else if (step === 'adopt') {
      if (!current.placementType.startsWith('U')) {
        // Children are placed for adoption from foster care (rule 336): a foster (or fostering-for-adoption) placement first.
        const fosterDay = Math.max(lastDay + 1, day - rng.int(30, 150));
        const foster = placementOf(rng, geo, rng.chance(0.3) ? 'U5' : 'U6', home);
        if (fosterDay < day) moves.push({ day: fosterDay, placement: foster, reason: 'CARPL', sameCarer: false });
        else if (moves.length > 0) (moves[moves.length - 1] as PlacementMove).placement = foster;
        else p.placement = foster;
        current = foster;
      }
      const consent = p.adoption?.consent ?? false;
      const withCarer = isFoster(current.placementType) && rng.chance(current.placementType === 'U5' ? 0.9 : 0.35);
      const type = consent ? (withCarer ? 'A3' : 'A4') : withCarer ? 'A5' : 'A6';
      const placement = placementOf(rng, geo, type, home);
      placement.placementPostcode = withCarer && current.placementPostcode ? current.placementPostcode : carerPostcode(rng, geo, 0.4);
      if (p.adoption) p.adoption.withCarer = withCarer;
      move = { day, placement, reason: 'CARPL', sameCarer: withCarer };
    } else if (step === 'carer') {
      if (p.sgoCarer && fitsSgoCarer(p.sgoCarer, current.placementType)) continue; // already with the carers
      move = { day, placement: placementOf(rng, geo, sgoCarerPlacement[p.sgoCarer as 'kin' | 'foster'].pick(rng), home), reason: 'CARPL', sameCarer: false };
    } else {
      const placement = step === 'parents' ? placementOf(rng, geo, 'P1', home)
        : choosePlacement(rng, geo, age, day, { uasc: child.uasc, supported: step === 'supported', home, legalStatus: statusOn(p, day) });
      move = { day, placement, reason: step === 'move' ? reasonForChange.pick(rng) : 'CARPL', sameCarer: false };
    }
    moves.push(move);
    current = move.placement;
    lastDay = day;
  }
  p.placementChanges = moves;
  endP2(env, child, p);
  endZ1(env, child, p);
  addTemporary(rng, geo, home, p, limit);
  if (p.reasonCeased === undefined) p.reasonCeased = age18Reason(rng, placementOn(p, p.end - 1).placementType);
}

/**
 * Z1 is not a placement code from 2025/26 (Z11-Z14 replace it): a Z1 placement still in force on 31 March 2025
 * ends by then with a move to registered supported accommodation (Z placements are for 16s and over).
 */
function endZ1(env: LaEnv, child: ChildPlan, p: PeriodPlan): void {
  endWithdrawn(env, child, p, 'Z1', Z1_UNTIL, Z1_UNTIL - 90);
}

/**
 * P2 (independent living) is not a placement from 28 October 2023 and the 2024/25 903 has no code for it: a P2
 * placement still in force on 31 March 2024 ends by then with a move to registered supported accommodation (K3),
 * as the LA had to decide what the placement now is; left open, the next return could only leave PLACE blank.
 */
function endP2(env: LaEnv, child: ChildPlan, p: PeriodPlan): void {
  endWithdrawn(env, child, p, 'P2', P2_LAST_REPORTED, Math.max(K3_FROM, P2_LAST_REPORTED - 90));
}

/** A placement of `code` in force on `last` ends with a move to supported accommodation between `earliest` and `last`. */
function endWithdrawn(env: LaEnv, child: ChildPlan, p: PeriodPlan, code: string, last: Day, earliest: Day): void {
  if (p.end <= last || placementOn(p, last).placementType !== code) return;
  const rng = child.rng;
  const from = p.placementChanges.filter((m) => m.day <= last).reduce((d, m) => m.day, p.start);
  const supported = choosePlacement(rng, env.geo, ageOn(child.dob, last), last, { uasc: child.uasc, supported: true, home: child.home, legalStatus: statusOn(p, last) });
  if (from >= last) {
    Object.assign(placementOn(p, from), supported);
    return;
  }
  const day = rng.int(Math.max(from + 1, earliest), last);
  p.placementChanges.push({ day, placement: supported, reason: 'CARPL', sameCarer: false });
  p.placementChanges.sort((a, b) => a.day - b.day);
}

/** T3 covers a foster carer's holiday: only from fostering, at most two in any 12 months (rule 377). */
function allowsTemporary(type: string, normal: string, day: Day, t3Days: readonly Day[]): boolean {
  if (type !== 'T3') return true;
  return normal.startsWith('U') && t3Days.filter((d) => Math.abs(d - day) < 366).length < 2;
}

/** A few short temporary placements, each returning to the placement the child left. */
function addTemporary(rng: Rng, geo: Geography, home: string | undefined, p: PeriodPlan, limit: Day): void {
  const count = rng.poisson(((limit - p.start) / 365) * 0.05);
  const t3Days: Day[] = [];
  for (let i = 0; i < count; i++) {
    const [type, lo, hi] = temporary.pick(rng);
    const length = rng.int(lo, hi);
    const latest = limit - length - 2;
    if (latest <= p.start + 2) continue;
    const day = rng.int(p.start + 2, latest);
    const days = p.placementChanges.map((m) => m.day);
    if (anyWithin(days, day - 1, day + length + 1)) continue;
    const normal = placementOn(p, day);
    if (!validOn(normal.placementType, day + length) || !allowsTemporary(type, normal.placementType, day, t3Days)) continue;
    if (type === 'T3') t3Days.push(day);
    p.placementChanges.push(
      { day, placement: placementOf(rng, geo, type, home), sameCarer: false },
      { day: day + length, placement: { ...normal }, sameCarer: false },
    );
    p.placementChanges.sort((a, b) => a.day - b.day);
  }
}
