/**
 * Missing (M) and away-without-authorisation (A) episodes for children aged 11+: several a year for the few who go
 * missing, each back within 0-5 days, never overlapping, never spanning a placement change or the end of care.
 * An episode that has not ended by asAt stays open.
 */
import { ageOn, birthday } from './dates';
import { anyWithin } from './moves';
import type { ChildPlan, LaEnv, MissingPlan, PeriodPlan } from './types';

function duration(r: number): number {
  return r < 0.5 ? 0 : r < 0.75 ? 1 : r < 0.88 ? 2 : r < 0.95 ? 3 : r < 0.98 ? 4 : 5;
}

export function planMissing(env: LaEnv, child: ChildPlan, p: PeriodPlan): MissingPlan[] {
  if (child.missingRate === 0) return [];
  const rng = child.rng;
  const episodes: MissingPlan[] = [];
  const changeDays = p.placementChanges.map((m) => m.day);
  const from = Math.max(p.start + 1, birthday(child.dob, 11), env.historyStart);
  const last = Math.min(p.end - 1, env.asAt);
  const open = p.end > env.asAt;
  const meanGap = 365 / child.missingRate;
  let t = from - 1;
  for (;;) {
    t += Math.max(1, Math.round(rng.exp(meanGap)));
    if (t > last) break;
    const end = t + duration(rng.next());
    if (end > env.asAt ? !open : end > last) continue;
    if (anyWithin(changeDays, t, Math.min(end, env.asAt))) continue;
    episodes.push({ id: `MIS${++child.missingCount}`, type: rng.chance(0.75) ? 'M' : 'A', start: t, end });
    t = end + 1;
  }
  // some are still missing at asAt
  const lastEpisode = episodes[episodes.length - 1];
  if (open && ageOn(child.dob, env.asAt) >= 11 && (!lastEpisode || lastEpisode.end < env.asAt - 4) && rng.chance(0.25)) {
    const start = env.asAt - rng.int(0, 3);
    if (start > p.start && start > (lastEpisode?.end ?? -Infinity) && !anyWithin(changeDays, start, env.asAt)) {
      episodes.push({ id: `MIS${++child.missingCount}`, type: rng.chance(0.75) ? 'M' : 'A', start, end: env.asAt + 1 + rng.int(0, 5) });
    }
  }
  return episodes;
}

/** At least one episode still open at asAt: a child aged 11+ in care then goes missing on the last day. */
export function ensureOpenMissing(env: LaEnv, children: readonly ChildPlan[]): void {
  const isOpen = (m: MissingPlan) => m.end > env.asAt;
  if (children.some((c) => c.periods.some((p) => p.missing.some(isOpen)))) return;
  for (const child of children) {
    if (child.shortBreak || ageOn(child.dob, env.asAt) < 11) continue;
    const p = child.periods.find((q) => q.start < env.asAt && q.end > env.asAt);
    if (!p) continue;
    const last = p.missing[p.missing.length - 1];
    if ((last && last.end >= env.asAt) || p.mistake?.day === env.asAt) continue;
    if (anyWithin(p.placementChanges.map((m) => m.day), env.asAt, env.asAt)) continue;
    p.missing.push({ id: `MIS${++child.missingCount}`, type: 'M', start: env.asAt, end: env.asAt + 2 });
    return;
  }
}
