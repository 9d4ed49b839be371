import { validateCaseEvent, type RejectedRecord } from '@careledger/events';
import type { LogRecord } from '@careledger/eventlog';
import type { StoredEvent } from '@careledger/projections';

/** A batch of one partition ready to fold: the valid events, the refused records and the next offset. */
export interface PreparedBatch {
  readonly valid: StoredEvent[];
  readonly refused: RejectedRecord[];
  /** The offset after the batch's last record, valid or not: refused records are not read again. */
  readonly nextOffset: number;
}

/**
 * Turns log records into events for `ProjectionStore.foldBatch`, with no side effects. A trusted log's records
 * (written by careledger's ingest, which validated them) are identified without parsing; anything else, and any
 * trusted record that does not look like ingest's, is parsed and validated, and refused with its reasons if invalid.
 */
export function prepareLogRecords(records: readonly LogRecord[], options: { trusted?: boolean } = {}): PreparedBatch {
  const valid: StoredEvent[] = [];
  const refused: RejectedRecord[] = [];
  let nextOffset = 0;
  for (const record of records) {
    if (record.offset + 1 > nextOffset) nextOffset = record.offset + 1;
    const identity = options.trusted ? identifyIngestedEvent(record.value) : undefined;
    if (identity) {
      valid.push({ partition: record.partition, offset: record.offset, eventId: identity.eventId, childKey: identity.childKey, body: record.value });
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(record.value);
    } catch (error) {
      refused.push({ line: record.offset, eventId: undefined, errors: [{ field: '(record)', reason: `malformed JSON: ${(error as Error).message}` }], raw: record.value });
      continue;
    }
    const result = validateCaseEvent(parsed);
    if (result.ok) valid.push({ partition: record.partition, offset: record.offset, eventId: result.event.eventId, childKey: `${result.event.laCode}:${result.event.childId}`, body: record.value });
    else refused.push({ line: record.offset, eventId: result.eventId, errors: result.errors, raw: record.value });
  }
  return { valid, refused, nextOffset };
}

/** How careledger's ingest serialises every event it appends: the validated event, envelope first. */
const INGESTED_EVENT_START = /^\{"eventId":"([0-9a-f-]{36})","schemaVersion":\d+,"laCode":"(\d{3})","childId":"([A-Za-z0-9]{1,10})",/;

/** The event id and child of a record ingest wrote, without parsing it; undefined for anything else. */
export function identifyIngestedEvent(body: string): { eventId: string; childKey: string } | undefined {
  const match = INGESTED_EVENT_START.exec(body);
  return match ? { eventId: match[1]!, childKey: `${match[2]}:${match[3]}` } : undefined;
}
