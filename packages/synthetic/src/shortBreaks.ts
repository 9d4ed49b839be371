/**
 * Children looked after under an agreed series of short breaks: each V3 break is its own period of care
 * (2-6 days, 4-10 a year, with the same carers); a few children have V4 agreements instead. DfE leaves
 * them out of every published count.
 */
import { Weighted, type Rng } from './prng';
import { birthday, type Day } from './dates';
import { shortBreakNeed } from './codes';
import { placementOf } from './placements';
import { createChild, describeChild } from './child';
import type { IdSource } from './cohort';
import type { ChildPlan, LaEnv, PeriodPlan } from './types';

const setting = new Weighted([['U6', 50], ['K2', 40], ['R1', 10]]);

export function planShortBreaks(env: LaEnv, master: Rng, ids: IdSource, count: number): ChildPlan[] {
  const children: ChildPlan[] = [];
  for (let i = 0; i < count; i++) {
    const rng = master.fork();
    const seriesStart = rng.int(env.historyStart - 730, env.asAt - 20);
    const child = createChild(rng, seriesStart, 'shortBreak');
    const b18 = birthday(child.dob, 18);
    const seriesEnd = Math.min(b18 - 1, seriesStart + rng.int(365, 1800));
    describeChild(env, child, ids.next(), seriesStart);
    const placement = placementOf(rng, env.geo, setting.pick(rng), child.home);
    const categoryOfNeed = shortBreakNeed.pick(rng);
    const agreements = rng.chance(0.12);
    const perYear = rng.int(4, 10);
    const period = (start: Day, end: Day): PeriodPlan => ({
      start, end, recordedStart: start, reasonCeased: rng.chance(0.7) ? 'E13' : 'E4A', pathway: 'shortBreak',
      legalStatus: agreements ? 'V4' : 'V3', categoryOfNeed, placement, statusChanges: [], placementChanges: [],
      reviews: [], missing: [],
    });
    for (let t = seriesStart; t < seriesEnd;) {
      const end = Math.min(seriesEnd, t + (agreements ? rng.int(90, 365) : rng.int(2, 6)));
      if (end <= t) break;
      child.periods.push(period(t, end));
      t = agreements ? end + rng.int(1, 30) : end + Math.max(2, Math.round((365 / perYear) * (0.5 + rng.next())));
    }
    children.push(child);
  }
  return children;
}
