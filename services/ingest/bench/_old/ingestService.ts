import { randomUUID } from 'node:crypto';
import { silentLogger, type Logger } from '@careledger/runtime';
import { parseNdjsonBatch, streamKey, type CaseEvent, type RejectedRecord } from '@careledger/events';
import { checkChronology, learnFrom, type KnownChild } from './chronology';
import type { EventLog } from '@careledger/eventlog';
import type { DeadLetterStore } from './deadLetters';
import { IngestIndex } from './ingestIndex';

export interface IngestReport {
  readonly batchId: string;
  readonly source: string;
  readonly received: number;
  readonly appended: number;
  readonly duplicates: number;
  readonly rejected: readonly RejectedRecord[];
}

const APPEND_CHUNK = 5_000;

/**
 * Ingest: NDJSON batches of case events in, validated events appended to the log. A refused line never stops the
 * valid ones; it goes to the dead-letter store with its line, event id, field and reason.
 */
export class IngestService {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly log: EventLog,
    private readonly deadLetters: DeadLetterStore,
    private readonly index: IngestIndex,
    private readonly logger: Logger,
  ) {}

  static async open(log: EventLog, deadLetters: DeadLetterStore, logger: Logger = silentLogger): Promise<IngestService> {
    return new IngestService(log, deadLetters, await IngestIndex.fromLog(log), logger);
  }

  /** Batches are taken one at a time, so duplicate checks and chronology see every earlier batch. */
  ingestNdjson(text: string, source = 'ndjson'): Promise<IngestReport> {
    const run = this.queue.then(() => this.ingest(text, source));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ingest(text: string, source: string): Promise<IngestReport> {
    const batchId = randomUUID();
    const parsed = parseNdjsonBatch(text);
    const rejected: RejectedRecord[] = [...parsed.rejected];
    const toAppend: CaseEvent[] = [];
    const inBatch = new Set<string>();
    let duplicates = 0;
    // Chronology is checked against a scratch copy so a refused event teaches the index nothing.
    const pending = new Map<string, KnownChild | undefined>();
    for (const { line, event } of parsed.accepted) {
      if (this.index.has(event.eventId) || inBatch.has(event.eventId)) {
        duplicates += 1;
        continue;
      }
      const key = streamKey(event);
      const known = pending.has(key) ? pending.get(key) : this.index.child(key);
      const errors = checkChronology(event, known);
      if (errors.length > 0) {
        rejected.push({ line, eventId: event.eventId, errors, raw: JSON.stringify(event) });
        continue;
      }
      inBatch.add(event.eventId);
      toAppend.push(event);
      pending.set(key, learnFrom(event, known));
    }
    rejected.sort((a, b) => a.line - b.line);
    await this.deadLetters.put(rejected, { batchId, source });
    for (let start = 0; start < toAppend.length; start += APPEND_CHUNK) {
      const chunk = toAppend.slice(start, start + APPEND_CHUNK);
      await this.log.append(chunk.map((event) => ({ key: streamKey(event), value: JSON.stringify(event) })));
      for (const event of chunk) this.index.add(event);
    }
    for (const record of rejected) {
      this.logger.warn({ batchId, line: record.line, eventId: record.eventId, errors: record.errors }, 'event refused');
    }
    this.logger.info({ batchId, source, appended: toAppend.length, duplicates, rejected: rejected.length }, 'batch ingested');
    return { batchId, source, received: parsed.accepted.length + parsed.rejected.length, appended: toAppend.length, duplicates, rejected };
  }
}

export function describeRejection(record: RejectedRecord): string {
  const id = record.eventId ? ` (event ${record.eventId})` : '';
  return record.errors.map((e) => `line ${record.line}${id}: ${e.field}: ${e.reason}`).join('\n');
}
