import type { CaseEvent } from './caseEvents';
import { decodeEvent, type CodecOptions } from './codec';
import type { FieldError } from './validation';

/**
 * A refused input line: kept whole, with every reason, so nothing is lost and the sender can fix it; only a line over
 * the size limit is kept cut to its first KiB, since keeping it whole would store what the limit refused.
 */
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

export interface NdjsonOptions extends CodecOptions {
  /** A line of more UTF-8 bytes is refused unread, by its line number; the rest of the batch is still taken. */
  readonly maxLineBytes?: number;
}

const KEPT_OF_OVERLONG_LINE = 1024;

function overLimit(raw: string, maxLineBytes: number | undefined): number | undefined {
  // A UTF-8 character is at most 3 bytes per UTF-16 unit, so most lines need no byte count at all.
  if (maxLineBytes === undefined || raw.length * 3 <= maxLineBytes) return undefined;
  const bytes = new TextEncoder().encode(raw).byteLength;
  return bytes > maxLineBytes ? bytes : undefined;
}

/** Splits NDJSON text into validated events and rejected lines (blank lines are ignored). */
export function parseNdjsonBatch(text: string, firstLine = 1, options: NdjsonOptions = {}): ParsedBatch {
  const accepted: ParsedBatch['accepted'] = [];
  const rejected: RejectedRecord[] = [];
  const { maxLineBytes, ...codec } = options;
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  body.split('\n').forEach((rawLine, index) => {
    const raw = rawLine.replace(/\r$/, '');
    if (raw.trim() === '') return;
    const line = firstLine + index;
    const bytes = overLimit(raw, maxLineBytes);
    if (bytes !== undefined) {
      const reason = `the line is ${bytes} bytes, over the limit of ${maxLineBytes} bytes per line: it was not read`;
      rejected.push({ line, eventId: undefined, errors: [{ field: '(line)', reason }], raw: raw.slice(0, KEPT_OF_OVERLONG_LINE) });
      return;
    }
    const result = decodeEvent(raw, { ...codec, unit: '(line)' });
    if (result.ok) accepted.push({ line, event: result.event });
    else rejected.push({ line, eventId: result.eventId, errors: result.errors, raw });
  });
  return { accepted, rejected };
}
