import type { CaseEvent } from './caseEvents';
import { decodeEvent, type CodecOptions } from './codec';
import type { FieldError } from './validation';

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

/** Editors on Windows save UTF-8 with a byte-order mark, which is not JSON: it would make line 1 malformed. */
const BYTE_ORDER_MARK = '\uFEFF';

/** Splits NDJSON text into validated events and rejected lines (blank lines are ignored). */
export function parseNdjsonBatch(text: string, firstLine = 1, options: CodecOptions = {}): ParsedBatch {
  const accepted: ParsedBatch['accepted'] = [];
  const rejected: RejectedRecord[] = [];
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  body.split('\n').forEach((rawLine, index) => {
    const raw = rawLine.replace(/\r$/, '');
    if (raw.trim() === '') return;
    const line = firstLine + index;
    const result = decodeEvent(raw, { ...options, unit: '(line)' });
    if (result.ok) accepted.push({ line, event: result.event });
    else rejected.push({ line, eventId: result.eventId, errors: result.errors, raw });
  });
  return { accepted, rejected };
}
