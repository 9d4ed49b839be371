import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import type { ProjectionStore } from '@careledger/projections';

export const TABLES = {
  children: 'SELECT * FROM children ORDER BY child_key',
  episodes: 'SELECT * FROM episodes ORDER BY child_key, decom',
  reviews: 'SELECT * FROM reviews ORDER BY child_key, review_date, event_id',
  missing: 'SELECT * FROM missing_episodes ORDER BY child_key, missing_episode_id',
};

export async function snapshot(store: ProjectionStore): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(TABLES)) result[name] = await store.query(sql);
  return result;
}

/** 40 children, each with a start, moves, a legal change, reviews, a missing episode and, for some, corrections. */
export function history(): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (let i = 0; i < 40; i++) {
    const child = new ChildHistory('990', `P${i}`);
    child.details({ dob: '2012-01-01', sex: i % 2 ? 'M' : 'F' }, '2020-01-01');
    const start = child.startCare(`2021-0${1 + (i % 9)}-10`, { ls: 'V2', place: 'U6' });
    child.move('2021-11-01', { place: 'U4', reason: 'CARPL' });
    child.legalStatus('2022-02-01', 'C1');
    child.review('2022-03-01', 'PN1');
    child.missing(`m${i}`, '2022-04-01', '2022-04-02');
    if (i % 3 === 0) child.replace(start, '2022-05-01', { type: 'PeriodOfCareStarted', occurredAt: '2021-01-05', payload: { legalStatus: 'C1', categoryOfNeed: 'N1', placementType: 'U6' } });
    if (i % 4 === 0) child.endCare('2023-01-01', 'E4A');
    events.push(...child.events);
  }
  // recorded order interleaves children, as a real case system would
  return events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.eventId.localeCompare(b.eventId));
}

