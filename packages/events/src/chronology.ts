import type { CalendarDate } from '@careledger/runtime';
import type { CaseEvent } from './caseEvents';
import type { FieldError } from './validation';

/**
 * What is already known about a child, to check a new event's dates against. Every field only ever moves one way
 * (the earliest dates only get earlier), so learning the same event twice changes nothing.
 */
export interface KnownChild {
  readonly dateOfBirth?: CalendarDate;
  /** The earliest date of any care fact (start, change, end, review, missing) recorded for the child. */
  readonly earliestCareDate?: CalendarDate;
  /**
   * The earliest date of a PeriodOfCareStarted (or of a replacement that is one) recorded for the child. A start
   * later corrected to a later date, or retracted, still counts: the summary is kept small and never forgets.
   */
  readonly earliestCareStart?: CalendarDate;
}

/**
 * Facts that only make sense once a period of care has begun: a 903 episode must already be open, or (for a care
 * leaver's contact) have been. A social worker allocation is not one: a child has a worker before care begins, and
 * the 903 wants the whole year's workers, looked after or not (rule SW12STG2). A deprivation of liberty order is
 * one: the 903 returns the orders of looked after children, within their care (rule 707).
 */
const NEEDS_CARE_STARTED: ReadonlySet<string> = new Set([
  'PlacementChanged', 'PlacementReclassified', 'LegalStatusChanged', 'PeriodOfCareEnded', 'HealthCheckCompleted', 'InitialHealthAssessmentRequested',
  'InitialHealthAssessmentCompleted', 'ImmunisationsReviewed',
  'SdqRecorded', 'OffenceRecorded', 'SubstanceMisuseIdentified', 'CareLeaverContactRecorded', 'AdoptionDecisionMade',
  'AdoptionDecisionReversed', 'AdopterMatched', 'PreviousPermanenceRecorded', 'DeprivationOfLibertyOrderMade',
  'DeprivationOfLibertyOrderEnded',
]);

interface Fact {
  readonly type: string;
  readonly date: CalendarDate;
  readonly payload: Record<string, unknown>;
  readonly prefix: string;
}

/** The fact an event states: a replacement counts as the fact it replaces with; a retraction states none. */
function factOf(event: CaseEvent): Fact | undefined {
  if (event.type === 'EventRetracted') return undefined;
  if (event.type === 'EventReplaced') {
    const { replacement } = event.payload;
    return { type: replacement.type, date: replacement.occurredAt, payload: replacement.payload as Record<string, unknown>, prefix: 'payload.replacement.' };
  }
  return { type: event.type, date: event.occurredAt, payload: event.payload as Record<string, unknown>, prefix: '' };
}

/**
 * Checks an event against what is known of the child: no care fact before the child was born, no date of birth
 * after the child's care began, and no placement move, legal status change or end of care for a child with no
 * period of care started on or before that date.
 */
export function checkChronology(event: CaseEvent, known: KnownChild | undefined): FieldError[] {
  const fact = factOf(event);
  if (!fact) return [];
  const dateField = fact.prefix ? `${fact.prefix}occurredAt` : 'occurredAt';
  if (fact.type === 'ChildDetailsRecorded') {
    const dob = fact.payload.dateOfBirth as string;
    if (known?.earliestCareDate && dob > known.earliestCareDate) {
      return [{ rule: 'chronology', field: `${fact.prefix}payload.dateOfBirth`, reason: `date of birth ${dob} is after the child's care began on ${known.earliestCareDate}` }];
    }
    return [];
  }
  if (known?.dateOfBirth && fact.date < known.dateOfBirth) {
    return [{ rule: 'chronology', field: dateField, reason: `${fact.type} on ${fact.date} is before the child's date of birth ${known.dateOfBirth}` }];
  }
  if (NEEDS_CARE_STARTED.has(fact.type)) {
    const start = known?.earliestCareStart;
    if (!start) {
      return [{ rule: 'chronology', field: dateField, reason: `${fact.type} on ${fact.date} for a child never in care: no PeriodOfCareStarted is recorded for the child` }];
    }
    if (start > fact.date) {
      return [{ rule: 'chronology', field: dateField, reason: `${fact.type} on ${fact.date} is before the child's care began on ${start}: no PeriodOfCareStarted on or before that date` }];
    }
  }
  return [];
}

const earlier = (a: CalendarDate | undefined, b: CalendarDate): CalendarDate => (a && a <= b ? a : b);

/** What `event` adds to the knowledge of its child. */
export function learnFrom(event: CaseEvent, known: KnownChild | undefined): KnownChild | undefined {
  const fact = factOf(event);
  if (!fact) return known;
  if (fact.type === 'ChildDetailsRecorded') return { ...known, dateOfBirth: fact.payload.dateOfBirth as string };
  return {
    ...known,
    // A worker allocated before care began says nothing of when care began.
    ...(fact.type === 'SocialWorkerAllocated' ? {} : { earliestCareDate: earlier(known?.earliestCareDate, fact.date) }),
    ...(fact.type === 'PeriodOfCareStarted' ? { earliestCareStart: earlier(known?.earliestCareStart, fact.date) } : {}),
  };
}
