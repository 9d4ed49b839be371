/**
 * Allocated social workers (SWEpisodes): a child has a worker from well before care starts (the 903 asks for the
 * whole year, looked after or not: rule SW12STG2), allocated a year or two before their first period (or at
 * birth) or, for a later period, when the previous one ended (no gap: SW10STG2); then a new one every 6-18 months,
 * for a reason (SW_REASON). Workers come from a stable pool per LA, with 903 SW_IDs 'SW' + digits. Short breaks are
 * not allocated here: the child's worker sits with the children with disabilities team, outside this history.
 */
import { Weighted, type Rng } from './prng';
import { settledStart } from './corrections';
import type { ChildPlan, LaEnv, PeriodPlan, RecordPlan } from './types';

const atStart = new Weighted<string>([['TSPROC', 65], ['CHCHAN', 20], ['MANAGE', 10], ['OTHERS', 5]]);
const change = new Weighted<string>([
  ['LEFTRL', 35], ['TSPROC', 15], ['MANAGE', 15], ['ORGRST', 8], ['CHCHAN', 8], ['ABSENC', 7], ['PCCHAN', 6], ['FCONTA', 4], ['OTHERS', 2],
]);

/** About one worker for every 12 children looked after, with distinct ids. */
export function socialWorkerPool(rng: Rng, childrenInCare: number): string[] {
  const ids = new Set<string>();
  const size = Math.max(8, Math.round(childrenInCare / 12));
  while (ids.size < size) ids.add(`SW${rng.int(10000, 99999)}`);
  return [...ids];
}

export function planSocialWorkers(env: LaEnv, child: ChildPlan, p: PeriodPlan, records: RecordPlan[]): void {
  if (child.shortBreak) return;
  const rng = child.rng;
  const pool = env.socialWorkers;
  let worker = rng.pick(pool);
  const start = settledStart(p);
  const previousEnd = Math.max(-Infinity, ...child.periods.filter((q) => q !== p && q.end <= start).map((q) => q.end));
  let day = Number.isFinite(previousEnd) ? previousEnd : Math.max(child.dob, start - 366 - rng.int(0, 365));
  let allocation: RecordPlan = { day, type: 'SocialWorkerAllocated', payload: { socialWorkerId: worker, reason: atStart.pick(rng) } };
  for (;;) {
    day += rng.int(180, 540);
    if (day >= p.end || day > env.asAt) break;
    let next = rng.pick(pool);
    while (next === worker) next = rng.pick(pool);
    worker = next;
    // Only the allocation in force when the history starts, and those after, are recorded.
    if (day > env.historyStart) records.push(allocation);
    allocation = { day, type: 'SocialWorkerAllocated', payload: { socialWorkerId: worker, reason: change.pick(rng) } };
  }
  records.push(allocation);
}
