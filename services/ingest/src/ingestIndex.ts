import { encodeValidatedEvent, learnFrom, streamKey, validateCaseEvent, type CaseEvent, type KnownChild } from '@careledger/events';
import type { EventLog, LogOffsets, LogPosition, LogRecord } from '@careledger/eventlog';
import { isCalendarDate, silentLogger, type Logger } from '@careledger/runtime';
import { canonicalJson, eventContentHash } from './contentHash';
import type { IndexedEvent } from './correctionScope';
import { IndexDatabase, indexSql } from './index/indexDatabase';

export interface IngestIndexOptions {
  /** The index's DuckDB file (e.g. `<data>/ingest-index.duckdb`); ':memory:' (the default) rebuilds it at every open. */
  readonly path?: string;
  readonly logger?: Logger;
  /** Log records read per catch-up transaction. */
  readonly catchUpBatchSize?: number;
}

/** What one catch-up read from the log. */
export interface CatchUpReport {
  readonly records: number;
  readonly seconds: number;
}

/** An event to index with the hash of its content. */
export interface IndexEntry {
  readonly event: CaseEvent;
  readonly contentHash: string;
}

const SQL = {
  lookupEvents: indexSql('lookupEvents'),
  lookupChildren: indexSql('lookupChildren'),
  newStagedEvents: indexSql('newStagedEvents'),
  insertCheckedEvents: indexSql('insertCheckedEvents'),
  upsertStagedChildren: indexSql('upsertStagedChildren'),
  saveOffset: indexSql('saveOffset'),
  unstoredDeadLetters: indexSql('unstoredDeadLetters'),
  insertStagedHashes: indexSql('insertStagedHashes'),
};

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A log record as the index keeps it, or undefined for a record no ingest could have written (another producer on
 * a Kafka topic), skipped here as the projector refuses it. The content hash is of the validated event's JSON, the
 * encoding ingest appends, so a record written by a tool with other key order or spacing is not taken for a
 * conflict when ingest is sent the same event. A record the validator now refuses (a stricter rule than when it
 * was appended) is still in the log: it is indexed with its parsed fields and a hash of its sorted keys.
 */
function indexable(record: LogRecord): IndexEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(record.value);
  } catch {
    return undefined;
  }
  const valid = validateCaseEvent(value);
  if (valid.ok) {
    const wire = encodeValidatedEvent(valid.event);
    return { event: valid.event, contentHash: eventContentHash(wire) };
  }
  const e = value as Partial<Record<string, unknown>> & { payload?: { replacement?: { type?: unknown; occurredAt?: unknown } } };
  if (typeof e !== 'object' || e === null) return undefined;
  if (typeof e.eventId !== 'string' || !UUID_SHAPE.test(e.eventId)) return undefined;
  if (typeof e.laCode !== 'string' || typeof e.childId !== 'string' || typeof e.type !== 'string') return undefined;
  if ([e.laCode, e.childId, e.type].some((field) => field.includes('\x1f'))) return undefined;
  if (typeof e.occurredAt !== 'string' || !isCalendarDate(e.occurredAt) || typeof e.payload !== 'object' || e.payload === null) return undefined;
  if (e.type === 'EventReplaced' && (typeof e.payload.replacement?.type !== 'string' || typeof e.payload.replacement.occurredAt !== 'string')) return undefined;
  return { event: value as CaseEvent, contentHash: eventContentHash(canonicalJson(value)) };
}

/**
 * What ingest must know before it appends: every event id in the log (with its child, type, date and content hash,
 * for duplicates, conflicts and corrections) and, per child, what chronology needs. It is a projection of the log
 * kept in its own DuckDB file with the offsets it has read, in the same transaction as the rows, so it can never
 * disagree with what the log acknowledged: a crash between an append and the index update is caught up on the next
 * open. Opening costs what the log grew since the last open, not the whole log.
 */
export class IngestIndex {
  private constructor(
    private readonly log: EventLog,
    private readonly db: IndexDatabase,
    private readonly logger: Logger,
    private readonly catchUpBatchSize: number,
    /** What the catch-up at open read. */
    readonly opened: CatchUpReport,
  ) {}

  static async open(log: EventLog, options: IngestIndexOptions = {}): Promise<IngestIndex> {
    const db = await IndexDatabase.open(options.path ?? ':memory:');
    try {
      const logger = options.logger ?? silentLogger;
      const batchSize = options.catchUpBatchSize ?? 20_000;
      const opened = await catchUpIndex(log, db, logger, batchSize);
      return new IngestIndex(log, db, logger, batchSize, opened);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Reads what the log holds beyond the stored offsets (another producer's appends, or ours after a crash). */
  catchUp(): Promise<CatchUpReport> {
    return catchUpIndex(this.log, this.db, this.logger, this.catchUpBatchSize);
  }

  async offsets(): Promise<Map<number, number>> {
    return readOffsets(this.db);
  }

  /** The stored events among `ids`. */
  async events(ids: readonly string[]): Promise<Map<string, IndexedEvent>> {
    await this.db.stage('staged_ids', [ids]);
    const rows = await this.db.rows(SQL.lookupEvents);
    return new Map(rows.map(([eventId, childKey, type, occurredAt, contentHash]) => [
      eventId as string,
      { eventId: eventId as string, childKey: childKey as string, type: type as string, occurredAt: occurredAt as string, contentHash: contentHash as string },
    ]));
  }

  /** The stored knowledge of the children `keys`. */
  children(keys: readonly string[]): Promise<Map<string, KnownChild>> {
    return lookupChildren(this.db, keys);
  }

  /**
   * Indexes events ingest has just appended at `positions`. A partition's offset advances only when the positions
   * continue exactly from the stored offset; otherwise another producer wrote in between, and the next catch-up
   * reads those records (and these again, harmlessly). `children`, when given, is what the index will know of
   * the events' children once they are indexed (ingest has just worked it out to check them), so it is not
   * looked up and learnt again.
   */
  async recordAppended(entries: readonly IndexEntry[], positions: readonly LogPosition[], children?: ReadonlyMap<string, KnownChild>): Promise<void> {
    await this.db.transaction(async () => {
      await indexEntries(this.db, entries, children ?? 'learn');
      const stored = await readOffsets(this.db);
      for (const [partition, next] of contiguousAdvance(stored, positions)) {
        await this.db.run(SQL.saveOffset, { partition, offset: next });
      }
    });
  }

  /** Of these dead-letter hashes, the ones not stored yet. */
  async unstoredDeadLetters(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    await this.db.stage('staged_hashes', [hashes]);
    return new Set((await this.db.rows(SQL.unstoredDeadLetters)).map(([hash]) => hash as string));
  }

  async recordDeadLetters(hashes: readonly string[]): Promise<void> {
    if (hashes.length === 0) return;
    await this.db.stage('staged_hashes', [hashes]);
    await this.db.run(SQL.insertStagedHashes);
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Per partition, the next offset after `positions` when they continue exactly from `stored` (a partition missing
 * from `stored` is at 0) with no gap; partitions where they do not are left out.
 */
export function contiguousAdvance(stored: LogOffsets, positions: readonly LogPosition[]): Map<number, number> {
  const byPartition = new Map<number, number[]>();
  for (const { partition, offset } of positions) {
    const list = byPartition.get(partition) ?? [];
    list.push(offset);
    byPartition.set(partition, list);
  }
  const advance = new Map<number, number>();
  for (const [partition, offsets] of byPartition) {
    offsets.sort((a, b) => a - b);
    const first = offsets[0]!;
    const last = offsets[offsets.length - 1]!;
    if (first === (stored.get(partition) ?? 0) && last - first + 1 === offsets.length && new Set(offsets).size === offsets.length) {
      advance.set(partition, last + 1);
    }
  }
  return advance;
}

async function readOffsets(db: IndexDatabase): Promise<Map<number, number>> {
  const rows = await db.rows('SELECT log_partition, next_offset FROM index_offsets ORDER BY log_partition');
  return new Map(rows.map(([partition, offset]) => [Number(partition), Number(offset)]));
}

async function lookupChildren(db: IndexDatabase, keys: readonly string[]): Promise<Map<string, KnownChild>> {
  await db.stage('staged_children', [keys, keys.map(() => null), keys.map(() => null), keys.map(() => null)]);
  const rows = await db.rows(SQL.lookupChildren);
  return new Map(rows.map(([key, dateOfBirth, earliestCareDate, earliestCareStart]) => [key as string, {
    ...(dateOfBirth ? { dateOfBirth: dateOfBirth as string } : {}),
    ...(earliestCareDate ? { earliestCareDate: earliestCareDate as string } : {}),
    ...(earliestCareStart ? { earliestCareStart: earliestCareStart as string } : {}),
  }]));
}

/** See staging.sql: one text per event, its fields joined by the unit separator. */
const UNIT_SEPARATOR = '\x1f';

function stageEvents(db: IndexDatabase, entries: readonly IndexEntry[]): Promise<void> {
  return db.stage('staged_packed_events', [
    entries.map(({ event, contentHash }) => [event.eventId, streamKey(event), event.type, event.occurredAt, contentHash].join(UNIT_SEPARATOR)),
  ]);
}

/**
 * Adds events to the index (inside the caller's transaction); events it already holds teach it nothing.
 * `children` is either the children's knowledge after these events (ingest's own appends, worked out against the
 * index just before, so none of them is held yet) or 'learn': find which events are new, and learn from those.
 */
async function indexEntries(db: IndexDatabase, entries: readonly IndexEntry[], children: ReadonlyMap<string, KnownChild> | 'learn'): Promise<void> {
  const seen = new Set<string>();
  let unique = entries.filter(({ event }) => !seen.has(event.eventId) && seen.add(event.eventId));
  if (unique.length === 0) return;
  await stageEvents(db, unique);
  let learnt: ReadonlyMap<string, KnownChild | undefined>;
  if (children === 'learn') {
    const freshIds = new Set((await db.rows(SQL.newStagedEvents)).map(([id]) => id as string));
    if (freshIds.size === 0) return;
    if (freshIds.size < unique.length) {
      unique = unique.filter(({ event }) => freshIds.has(event.eventId));
      await stageEvents(db, unique);
    }
    const known: Map<string, KnownChild | undefined> = await lookupChildren(db, [...new Set(unique.map(({ event }) => streamKey(event)))]);
    for (const { event } of unique) {
      const key = streamKey(event);
      known.set(key, learnFrom(event, known.get(key)));
    }
    learnt = known;
  } else {
    learnt = children;
  }
  await db.run(SQL.insertCheckedEvents);
  const rows = [...learnt].filter((entry): entry is [string, KnownChild] => entry[1] !== undefined);
  await db.stage('staged_children', [
    rows.map(([key]) => key),
    rows.map(([, c]) => c.dateOfBirth ?? null),
    rows.map(([, c]) => c.earliestCareDate ?? null),
    rows.map(([, c]) => c.earliestCareStart ?? null),
  ]);
  await db.run(SQL.upsertStagedChildren);
}

async function catchUpIndex(log: EventLog, db: IndexDatabase, logger: Logger, batchSize: number): Promise<CatchUpReport> {
  const started = performance.now();
  let stored = await readOffsets(db);
  const end = await log.endOffsets();
  const beyond = [...stored].filter(([partition, offset]) => offset > (end.get(partition) ?? 0));
  if (beyond.length > 0) {
    // The index has read further than the log holds: it was built from another log (one removed and made again).
    // It is only a projection of the log, so it is rebuilt from this one rather than trusted.
    logger.warn({ path: db.path, stored: Object.fromEntries(stored), end: Object.fromEntries(end) }, 'ingest index is ahead of the log: rebuilding it from the log');
    await db.transaction(async () => {
      for (const table of ['indexed_events', 'indexed_children', 'index_offsets']) await db.run(`DELETE FROM ${table}`);
    });
    stored = new Map();
  }
  if (![...end].some(([partition, offset]) => offset > (stored.get(partition) ?? 0))) {
    return { records: 0, seconds: (performance.now() - started) / 1000 };
  }
  let records = 0;
  let skipped = 0;
  const next = new Map(stored);
  await log.replay(async (batch) => {
    const entries: IndexEntry[] = [];
    for (const record of batch) {
      const entry = indexable(record);
      if (entry) entries.push(entry);
      else skipped += 1;
      next.set(record.partition, record.offset + 1);
    }
    await db.transaction(async () => {
      await indexEntries(db, entries, 'learn');
      for (const [partition, offset] of next) await db.run(SQL.saveOffset, { partition, offset });
    });
    records += batch.length;
  }, { from: stored, batchSize });
  if (skipped > 0) logger.warn({ skipped }, 'ingest index: log records that are not case events were skipped');
  const report = { records, seconds: (performance.now() - started) / 1000 };
  logger.debug({ ...report, path: db.path }, 'ingest index caught up');
  return report;
}
