/**
 * Validation runs the catalogue: shape (zod), then each coded field against the code list in force on the date
 * of the fact, then the type's own consistency rules; a replacement's fact is checked as that fact, on its date.
 */
import { checkCode } from '@careledger/ssda903';
import type { CalendarDate } from '@careledger/runtime';
import { CATALOGUE, type RuleContext } from './catalogue';
import type { AnyEventTypeDefinition } from './catalogue/define';
import { caseEventSchema, type CaseEvent } from './caseEvents';

/** One reason an input record was refused: which record, which field, why. */
export interface FieldError {
  readonly field: string;
  readonly reason: string;
  /**
   * 'chronology': the event is refused only for what is known of the child so far (no care started by its date, a
   * date before the child's birth), so the same event may be valid once earlier facts arrive.
   */
  readonly rule?: 'chronology';
}

export type EventValidation =
  | { readonly ok: true; readonly event: CaseEvent }
  | { readonly ok: false; readonly eventId: string | undefined; readonly errors: readonly FieldError[] };

function checkCodes(definition: AnyEventTypeDefinition, payload: Record<string, unknown>, on: CalendarDate, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, list] of Object.entries(definition.codedFields)) {
    const value = payload[field];
    if (typeof value !== 'string' || list === undefined) continue;
    const check = checkCode(list, value, on);
    if (!check.ok) errors.push({ field: `${prefix}${field}`, reason: check.reason });
  }
  return errors;
}

function checkRules(definition: AnyEventTypeDefinition, payload: Record<string, unknown>, context: RuleContext, prefix: string): FieldError[] {
  return definition.consistency(payload, context).map((issue) => ({ field: `${prefix}${issue.field}`, reason: issue.reason }));
}

/** Codes (in force on the fact's date) then rules of one fact's payload. */
function checkFact(type: keyof typeof CATALOGUE, payload: Record<string, unknown>, context: RuleContext, prefix: string): FieldError[] {
  const definition: AnyEventTypeDefinition = CATALOGUE[type];
  return [...checkCodes(definition, payload, context.occurredAt, prefix), ...checkRules(definition, payload, context, prefix)];
}

function zodPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(event)';
}

export function eventIdOf(raw: unknown): string | undefined {
  return typeof raw === 'object' && raw !== null && typeof (raw as { eventId?: unknown }).eventId === 'string'
    ? (raw as { eventId: string }).eventId
    : undefined;
}

/**
 * Validates one raw event of the current schema version (the codec upgrades older ones first): shape (zod), then
 * 903 codes against the code lists in force on the date the fact happened, then consistency within the event.
 */
export function validateCurrentEvent(raw: unknown): EventValidation {
  const parsed = caseEventSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      eventId: eventIdOf(raw),
      errors: parsed.error.issues.map((issue) => ({ field: zodPath(issue.path), reason: issue.message })),
    };
  }
  const event = parsed.data;
  const recordedOn = event.recordedAt.slice(0, 10);
  const context: RuleContext = { eventId: event.eventId, occurredAt: event.occurredAt, recordedOn };
  const errors: FieldError[] = [];
  if (event.occurredAt > recordedOn) {
    errors.push({ field: 'occurredAt', reason: `the fact's date ${event.occurredAt} is after it was recorded (${event.recordedAt})` });
  }
  if (event.type === 'EventReplaced') {
    const { replacement } = event.payload;
    errors.push(...checkFact(replacement.type, replacement.payload as Record<string, unknown>, { ...context, occurredAt: replacement.occurredAt }, 'payload.replacement.payload.'));
  }
  errors.push(...checkFact(event.type, event.payload as Record<string, unknown>, context, 'payload.'));
  return errors.length > 0 ? { ok: false, eventId: event.eventId, errors } : { ok: true, event };
}
