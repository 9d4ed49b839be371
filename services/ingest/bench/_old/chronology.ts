import type { CalendarDate } from '@careledger/runtime';
import type { CaseEvent } from '@careledger/events';
import type { FieldError } from '@careledger/events';

/** What is already known about a child, to check a new event's dates against. */
export interface KnownChild {
  readonly dateOfBirth?: CalendarDate;
  /** The earliest date of any care fact (start, change, end, review, missing) recorded for the child. */
  readonly earliestCareDate?: CalendarDate;
}

function factOf(event: CaseEvent): { type: string; date: CalendarDate; payload: Record<string, unknown>; prefix: string } | undefined {
  if (event.type === 'EventRetracted') return undefined;
  if (event.type === 'EventReplaced') {
    const { replacement } = event.payload;
    return { type: replacement.type, date: replacement.occurredAt, payload: replacement.payload as Record<string, unknown>, prefix: 'payload.replacement.' };
  }
  return { type: event.type, date: event.occurredAt, payload: event.payload as Record<string, unknown>, prefix: '' };
}

/**
 * Checks an event against what is known of the child: no care fact before the child was born, and no date of
 * birth after the child's care began.
 */
export function checkChronology(event: CaseEvent, known: KnownChild | undefined): FieldError[] {
  const fact = factOf(event);
  if (!fact || !known) return [];
  if (fact.type === 'ChildDetailsRecorded') {
    const dob = fact.payload.dateOfBirth as string;
    if (known.earliestCareDate && dob > known.earliestCareDate) {
      return [{ field: `${fact.prefix}payload.dateOfBirth`, reason: `date of birth ${dob} is after the child's care began on ${known.earliestCareDate}` }];
    }
    return [];
  }
  if (known.dateOfBirth && fact.date < known.dateOfBirth) {
    return [{ field: fact.prefix ? `${fact.prefix}occurredAt` : 'occurredAt', reason: `${fact.type} on ${fact.date} is before the child's date of birth ${known.dateOfBirth}` }];
  }
  return [];
}

/** What `event` adds to the knowledge of its child. */
export function learnFrom(event: CaseEvent, known: KnownChild | undefined): KnownChild | undefined {
  const fact = factOf(event);
  if (!fact) return known;
  if (fact.type === 'ChildDetailsRecorded') return { ...known, dateOfBirth: fact.payload.dateOfBirth as string };
  const earliest = known?.earliestCareDate;
  return { ...known, earliestCareDate: earliest && earliest <= fact.date ? earliest : fact.date };
}
