import { ChildHistory } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';

/** A child of `laCode` looked after from `start` (details, then a period of care in a U6 placement). */
export function childInCare(laCode: string, childId: string, start = '2024-05-01'): CaseEvent[] {
  const history = new ChildHistory(laCode, childId);
  history.details({ dob: '2012-02-02', sex: 'F', isMother: false }, start);
  history.startCare(start, { ls: 'C1', place: 'U6' });
  return history.events;
}

/** Events as an NDJSON body: one JSON event a line. */
export const ndjson = (events: readonly unknown[]): string => events.map((e) => `${JSON.stringify(e)}\n`).join('');
