/**
 * Placements through a period of care: the first placement, moves (~0.6 a year), a move to supported
 * accommodation after 16, a kinship or parents' placement before an SGO or a return home, placement for adoption,
 * and the odd temporary placement (T-codes) that returns to the normal placement.
 */
import { checkCode } from '@careledger/ssda903';
import { Weighted, type Rng } from './prng';
import { ageOn, birthday, dateOf, type Day } from './dates';
import { age18Reason, reasonForChange } from './codes';
import { choosePlacement, isFoster, placementOf, type Placement } from './placements';
import { carerPostcode } from './places';
import type { ChildPlan, LaEnv, PeriodPlan, PlacementMove } from './types';

type Step = 'move' | 'supported' | 'kin' | 'parents' | 'adopt';

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

export function planPlacements(env: LaEnv, child: ChildPlan, p: PeriodPlan): void {
  const rng = child.rng;
  const geo = env.geo;
  const home = child.home;
  const kinStart = (p.sgoCarer === 'kin' && rng.chance(0.6)) || (p.pathway === 'other' && rng.chance(0.35));
  p.placement = choosePlacement(rng, geo, ageOn(child.dob, p.start), p.start, { uasc: child.uasc, kin: kinStart, home });
  const limit = p.adoption ? p.adoption.day : p.end;
  const steps: { day: Day; step: Step }[] = [];
  for (let t = p.start; ;) {
    t += Math.max(1, Math.round(rng.exp(365 / moveRate(ageOn(child.dob, t)))));
    if (t >= limit) break;
    steps.push({ day: t, step: 'move' });
  }
  const b16 = birthday(child.dob, 16);
  if (b16 > p.start && b16 < limit - 60 && rng.chance(child.uasc ? 0.6 : 0.35)) {
    steps.push({ day: b16 + rng.int(0, Math.min(300, limit - b16 - 30)), step: 'supported' });
  }
  if (p.sgoCarer === 'kin' && !kinStart) steps.push({ day: p.end - rng.int(60, 300), step: 'kin' });
  if (p.homeWithParents && p.end - p.start > 120) steps.push({ day: p.end - rng.int(30, Math.min(365, p.end - p.start - 30)), step: 'parents' });
  steps.sort((a, b) => a.day - b.day);
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
      const consent = p.adoption?.consent ?? false;
      const withCarer = isFoster(current.placementType) && rng.chance(current.placementType === 'U5' ? 0.9 : 0.35);
      const type = consent ? (withCarer ? 'A3' : 'A4') : withCarer ? 'A5' : 'A6';
      const placement = placementOf(rng, geo, type, home);
      placement.placementPostcode = withCarer && current.placementPostcode ? current.placementPostcode : carerPostcode(rng, geo, 0.4);
      move = { day, placement, reason: 'CARPL', sameCarer: withCarer };
    } else {
      const placement = step === 'parents' ? placementOf(rng, geo, 'P1', home)
        : choosePlacement(rng, geo, age, day, { uasc: child.uasc, kin: step === 'kin', supported: step === 'supported', home });
      move = { day, placement, reason: step === 'move' ? reasonForChange.pick(rng) : 'CARPL', sameCarer: false };
    }
    moves.push(move);
    current = move.placement;
    lastDay = day;
  }
  p.placementChanges = moves;
  addTemporary(rng, p, limit);
  if (p.reasonCeased === undefined) p.reasonCeased = age18Reason(rng, placementOn(p, p.end - 1).placementType);
}

/** A few short temporary placements, each returning to the placement the child left. */
function addTemporary(rng: Rng, p: PeriodPlan, limit: Day): void {
  const count = rng.poisson(((limit - p.start) / 365) * 0.05);
  for (let i = 0; i < count; i++) {
    const [type, lo, hi] = temporary.pick(rng);
    const length = rng.int(lo, hi);
    const latest = limit - length - 2;
    if (latest <= p.start + 2) continue;
    const day = rng.int(p.start + 2, latest);
    const days = p.placementChanges.map((m) => m.day);
    if (anyWithin(days, day - 1, day + length + 1)) continue;
    const normal = placementOn(p, day);
    if (!validOn(normal.placementType, day + length)) continue;
    p.placementChanges.push(
      { day, placement: { placementType: type }, sameCarer: false },
      { day: day + length, placement: { ...normal }, sameCarer: false },
    );
    p.placementChanges.sort((a, b) => a.day - b.day);
  }
}
