import { silentLogger, type Logger } from '@careledger/runtime';
import { validateCaseEvent, type RejectedRecord } from '@careledger/events';
import type { EventLog, LogRecord } from '@careledger/eventlog';
import type { ProjectionStore, StoredEvent } from '@careledger/projections';

/** Where the projector puts log records that are not valid events (written by another producer, say). */
export interface RefusedRecordSink {
  put(records: readonly RejectedRecord[], context: { readonly batchId: string; readonly source: string }): Promise<void>;
}

export interface ProjectorOptions {
  /** The consumer name its offsets are stored under. */
  readonly consumer?: string;
  /** Log records per DuckDB transaction. */
  readonly batchSize?: number;
  /** Re-derive dirty children after this many folded events (and always at the end of a catch-up). */
  readonly deriveEvery?: number;
  readonly logger?: Logger;
  readonly refused?: RefusedRecordSink;
  /**
   * The log's records were validated by careledger's ingest when they were appended and nothing else writes to it
   * (the embedded log, behind its lock file): they are folded without validating them again. A Kafka topic may have
   * other producers, so it is never trusted.
   */
  readonly trustLog?: boolean;
}

export interface CatchUpReport {
  readonly folded: number;
  readonly refused: number;
  readonly batches: number;
  readonly childrenDerived: number;
  readonly offsets: Map<number, number>;
}

/**
 * Folds the event log into the DuckDB projections. Each batch of log records is one DuckDB transaction that
 * also stores the next offsets, so a restart resumes exactly where the last committed batch ended.
 */
export class Projector {
  readonly consumer: string;
  private readonly batchSize: number;
  private readonly deriveEvery: number;
  private readonly logger: Logger;

  constructor(private readonly log: EventLog, private readonly store: ProjectionStore, private readonly options: ProjectorOptions = {}) {
    this.consumer = options.consumer ?? 'projector';
    this.batchSize = options.batchSize ?? 50_000;
    this.deriveEvery = options.deriveEvery ?? 500_000;
    this.logger = options.logger ?? silentLogger;
  }

  /** Reads the log from the stored offsets to its end, then re-derives the touched children. */
  async catchUp(limits: { maxBatches?: number } = {}): Promise<CatchUpReport> {
    const offsets = await this.store.offsets(this.consumer);
    let folded = 0;
    let refused = 0;
    let batches = 0;
    let sinceDerive = 0;
    let childrenDerived = 0;
    const stop = new Error('batch limit reached');
    // One fold in flight: JavaScript validates the next batch while DuckDB commits the previous one (on its own
    // threads). Folds still commit one after another, in log order, each with its offsets.
    let inFlight: Promise<void> = Promise.resolve();
    try {
      await this.log.replay(async (batch) => {
        if (limits.maxBatches !== undefined && batches >= limits.maxBatches) throw stop;
        const prepared = await prepareLogRecords(batch, offsets, this.consumer, { logger: this.logger, source: `log:${this.log.kind}`, trusted: this.options.trustLog === true, ...(this.options.refused ? { refused: this.options.refused } : {}) });
        await inFlight;
        const nextOffsets = new Map(offsets);
        batches += 1;
        folded += prepared.valid.length;
        refused += prepared.refused;
        sinceDerive += batch.length;
        const deriveNow = sinceDerive >= this.deriveEvery;
        if (deriveNow) sinceDerive = 0;
        inFlight = (async () => {
          await this.store.foldBatch(this.consumer, prepared.valid, nextOffsets);
          this.logger.debug({ consumer: this.consumer, batch: batches, folded, offsets: Object.fromEntries(nextOffsets) }, 'batch folded');
          if (deriveNow) childrenDerived += await this.store.deriveDirtyChildren();
        })();
        // A failed fold stops the replay at the next batch's `await inFlight`, or is thrown after the replay.
        inFlight.catch(() => undefined);
      }, { from: offsets, batchSize: this.batchSize });
      await inFlight;
    } catch (error) {
      if (error !== stop) {
        await inFlight.catch(() => undefined);
        throw error;
      }
      await inFlight;
      return { folded, refused, batches, childrenDerived, offsets };
    }
    childrenDerived += await this.store.deriveDirtyChildren();
    this.logger.info({ consumer: this.consumer, folded, refused, batches, childrenDerived }, 'caught up');
    return { folded, refused, batches, childrenDerived, offsets };
  }

  /** Forgets every projection and offset of this store, then folds the whole log again from offset 0. */
  async rebuild(): Promise<CatchUpReport> {
    await this.store.clear();
    return this.catchUp();
  }
}

/**
 * Validates log records and folds the valid ones in one DuckDB transaction with `offsets` advanced past every record,
 * valid or not. Refused records go to `refused` with their reasons.
 */
export async function foldLogRecords(
  store: ProjectionStore,
  consumer: string,
  records: readonly LogRecord[],
  offsets: Map<number, number>,
  context: { logger: Logger; source: string; refused?: RefusedRecordSink },
): Promise<{ folded: number; refused: number }> {
  const prepared = await prepareLogRecords(records, offsets, consumer, context);
  await store.foldBatch(consumer, prepared.valid, offsets);
  return { folded: prepared.valid.length, refused: prepared.refused };
}

/**
 * Validates log records, advancing `offsets` past every one of them, valid or not; refused records go to the sink
 * with their reasons. Returns the valid events ready for `ProjectionStore.foldBatch`.
 */
export async function prepareLogRecords(
  records: readonly LogRecord[],
  offsets: Map<number, number>,
  consumer: string,
  context: { logger: Logger; source: string; refused?: RefusedRecordSink; trusted?: boolean },
): Promise<{ valid: StoredEvent[]; refused: number }> {
  const valid: StoredEvent[] = [];
  const refused: RejectedRecord[] = [];
  for (const record of records) {
    const identity = context.trusted ? identifyIngestedEvent(record.value) : undefined;
    if (identity) {
      valid.push({ partition: record.partition, offset: record.offset, eventId: identity.eventId, childKey: identity.childKey, body: record.value });
      if (record.offset + 1 > (offsets.get(record.partition) ?? 0)) offsets.set(record.partition, record.offset + 1);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(record.value);
    } catch (error) {
      parsed = undefined;
      refused.push({ line: record.offset, eventId: undefined, errors: [{ field: '(record)', reason: `malformed JSON: ${(error as Error).message}` }], raw: record.value });
    }
    if (parsed !== undefined) {
      const result = validateCaseEvent(parsed);
      if (result.ok) valid.push({ partition: record.partition, offset: record.offset, eventId: result.event.eventId, childKey: `${result.event.laCode}:${result.event.childId}`, body: record.value });
      else refused.push({ line: record.offset, eventId: result.eventId, errors: result.errors, raw: record.value });
    }
    if (record.offset + 1 > (offsets.get(record.partition) ?? 0)) offsets.set(record.partition, record.offset + 1);
  }
  if (refused.length > 0) {
    context.logger.warn({ consumer, refused: refused.map((r) => ({ partition: records[0]?.partition, offset: r.line, eventId: r.eventId, errors: r.errors })) }, 'log records refused');
    await context.refused?.put(refused, { batchId: `${consumer}:${records[0]?.partition}:${records[0]?.offset}`, source: context.source });
  }
  return { valid, refused: refused.length };
}

/** How careledger's ingest serialises every event it appends: the validated event, envelope first. */
const INGESTED_EVENT_START = /^\{"eventId":"([0-9a-f-]{36})","schemaVersion":\d+,"laCode":"(\d{3})","childId":"([A-Za-z0-9]{1,10})",/;

/** The event id and child of a record ingest wrote, without parsing it; undefined for anything else. */
export function identifyIngestedEvent(body: string): { eventId: string; childKey: string } | undefined {
  const match = INGESTED_EVENT_START.exec(body);
  return match ? { eventId: match[1]!, childKey: `${match[2]}:${match[3]}` } : undefined;
}
