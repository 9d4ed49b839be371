import type { CaseEvent } from './caseEvents';
import { validateCaseEvent, type FieldError } from './validation';

/** A refused input line: kept whole, with every reason, so nothing is lost and the sender can fix it. */
export interface RejectedRecord {
  readonly line: number;
  readonly eventId: string | undefined;
  readonly errors: readonly FieldError[];
  readonly raw: string;
}

export interface ParsedBatch {
  readonly accepted: { readonly line: number; readonly event: CaseEvent }[];
  readonly rejected: RejectedRecord[];
}

/** Splits NDJSON text into validated events and rejected lines (blank lines are ignored). */
export function parseNdjsonBatch(text: string, firstLine = 1): ParsedBatch {
  const accepted: ParsedBatch['accepted'] = [];
  const rejected: RejectedRecord[] = [];
  const lines = text.split('\n');
  lines.forEach((rawLine, index) => {
    const raw = rawLine.replace(/\r$/, '');
    if (raw.trim() === '') return;
    const line = firstLine + index;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      rejected.push({ line, eventId: undefined, errors: [{ field: '(line)', reason: `malformed JSON: ${(error as Error).message}` }], raw });
      return;
    }
    const result = validateCaseEvent(value);
    if (result.ok) accepted.push({ line, event: result.event });
    else rejected.push({ line, eventId: result.eventId, errors: result.errors, raw });
  });
  return { accepted, rejected };
}
