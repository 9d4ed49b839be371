import { checkCode, type CodeListName } from '@careledger/ssda903';
import type { CalendarDate } from '@careledger/runtime';
import { caseEventSchema, type CaseEvent } from './caseEvents';

/** One reason an input record was refused: which record, which field, why. */
export interface FieldError {
  readonly field: string;
  readonly reason: string;
}

export type EventValidation =
  | { readonly ok: true; readonly event: CaseEvent }
  | { readonly ok: false; readonly eventId: string | undefined; readonly errors: readonly FieldError[] };

const codedFields: Record<string, CodeListName> = {
  sex: 'sex',
  ethnicity: 'ethnicity',
  legalStatus: 'legalStatus',
  categoryOfNeed: 'categoryOfNeed',
  placementType: 'placementType',
  placementProvider: 'placementProvider',
  reasonForChange: 'reasonPlaceChange',
  reasonCeased: 'reasonEpisodeCeased',
  participation: 'participation',
  missingType: 'missingType',
};

function checkPayloadCodes(payload: Record<string, unknown>, on: CalendarDate, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, list] of Object.entries(codedFields)) {
    const value = payload[field];
    if (typeof value !== 'string') continue;
    const check = checkCode(list, value, on);
    if (!check.ok) errors.push({ field: `${prefix}${field}`, reason: check.reason });
  }
  return errors;
}

function checkPayloadConsistency(type: string, payload: Record<string, unknown>, prefix: string, recordedOn: CalendarDate): FieldError[] {
  const errors: FieldError[] = [];
  if (type === 'ChildDetailsRecorded') {
    const dob = payload.dateOfBirth as string;
    if (dob > recordedOn) errors.push({ field: `${prefix}dateOfBirth`, reason: `date of birth ${dob} is after the date it was recorded (${recordedOn})` });
    const duc = payload.uascCeasedDate as string | undefined;
    if (duc && duc < dob) errors.push({ field: `${prefix}uascCeasedDate`, reason: `UASC ceased date ${duc} is before the date of birth ${dob}` });
    if (duc && payload.uasc !== true) errors.push({ field: `${prefix}uascCeasedDate`, reason: 'a UASC ceased date needs uasc: true' });
    const mcDob = payload.childsDateOfBirth as string | undefined;
    if (mcDob && mcDob <= dob) errors.push({ field: `${prefix}childsDateOfBirth`, reason: `the child's child cannot be born (${mcDob}) before the child (${dob})` });
    if (mcDob && payload.isMother === false) errors.push({ field: `${prefix}childsDateOfBirth`, reason: "a child's child's date of birth needs isMother: true" });
  }
  if (type === 'PeriodOfCareEnded' && payload.reasonCeased === 'X1') {
    errors.push({ field: `${prefix}reasonCeased`, reason: 'X1 is not a reason for leaving care: a new episode is derived from placement or legal status changes' });
  }
  return errors;
}

function zodPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(event)';
}

/**
 * Validates one raw event: shape (zod), then 903 codes against the code lists in force on the date the fact
 * happened, then consistency within the event.
 */
export function validateCaseEvent(raw: unknown): EventValidation {
  const eventId = typeof raw === 'object' && raw !== null && typeof (raw as { eventId?: unknown }).eventId === 'string'
    ? (raw as { eventId: string }).eventId
    : undefined;
  const parsed = caseEventSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      eventId,
      errors: parsed.error.issues.map((issue) => ({ field: zodPath(issue.path), reason: issue.message })),
    };
  }
  const event = parsed.data;
  const recordedOn = event.recordedAt.slice(0, 10);
  const errors: FieldError[] = [];
  if (event.occurredAt > recordedOn) {
    errors.push({ field: 'occurredAt', reason: `the fact's date ${event.occurredAt} is after it was recorded (${event.recordedAt})` });
  }
  if (event.type === 'EventReplaced') {
    const { replacement } = event.payload;
    const payload = replacement.payload as Record<string, unknown>;
    errors.push(...checkPayloadCodes(payload, replacement.occurredAt, 'payload.replacement.payload.'));
    errors.push(...checkPayloadConsistency(replacement.type, payload, 'payload.replacement.payload.', recordedOn));
    if (event.payload.targetEventId === event.eventId) errors.push({ field: 'payload.targetEventId', reason: 'an event cannot replace itself' });
  } else if (event.type === 'EventRetracted') {
    if (event.payload.targetEventId === event.eventId) errors.push({ field: 'payload.targetEventId', reason: 'an event cannot retract itself' });
  } else {
    const payload = event.payload as Record<string, unknown>;
    errors.push(...checkPayloadCodes(payload, event.occurredAt, 'payload.'));
    errors.push(...checkPayloadConsistency(event.type, payload, 'payload.', recordedOn));
  }
  return errors.length > 0 ? { ok: false, eventId: event.eventId, errors } : { ok: true, event };
}

/** The partition key: one child's events stay in order in every log. */
export function streamKey(event: Pick<CaseEvent, 'laCode' | 'childId'>): string {
  return `${event.laCode}:${event.childId}`;
}
