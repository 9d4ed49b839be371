import { decodeEvent, identifyEvent, streamKey, type RejectedRecord } from '@careledger/events';
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
    const identity = options.trusted ? identifyEvent(record.value) : undefined;
    if (identity) {
      valid.push({ partition: record.partition, offset: record.offset, eventId: identity.eventId, childKey: identity.childKey, body: record.value });
      continue;
    }
    const result = decodeEvent(record.value, { unit: '(record)' });
    if (result.ok) valid.push({ partition: record.partition, offset: record.offset, eventId: result.event.eventId, childKey: streamKey(result.event), body: record.value });
    else refused.push({ line: record.offset, eventId: result.eventId, errors: result.errors, raw: record.value });
  }
  return { valid, refused, nextOffset };
}
