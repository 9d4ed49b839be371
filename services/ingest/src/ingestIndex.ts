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
  lookupKnowledge: indexSql('lookupKnowledge'),
  newStagedEvents: indexSql('newStagedEvents'),
  recordStaged: indexSql('recordStaged'),
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
  if ([e.laCode, e.childId, e.type].some((field) => field.includes(UNIT_SEPARATOR))) return undefined;
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
  private stageLeftOver = false;

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

  /**
   * The stored events among `ids` and the stored knowledge of the children `keys`, in one DuckDB call. The ids are
   * staged before this returns its promise, and the rest runs on DuckDB's threads: the caller can do other work
   * (encode the batch) before it awaits.
   */
  knowledge(ids: readonly string[], keys: readonly string[]): Promise<{ events: Map<string, IndexedEvent>; children: Map<string, KnownChild> }> {
    return lookupKnowledge(this.db, ids, keys);
  }

  /** The stored events among `ids`. */
  async events(ids: readonly string[]): Promise<Map<string, IndexedEvent>> {
    return (await this.knowledge(ids, [])).events;
  }

  /** The stored knowledge of the children `keys`. */
  async children(keys: readonly string[]): Promise<Map<string, KnownChild>> {
    return (await this.knowledge([], keys)).children;
  }

  /**
   * Indexes events ingest has just appended at `positions`. A partition's offset advances only when the positions
   * continue exactly from the stored offset; otherwise another producer wrote in between, and the next catch-up
   * reads those records (and these again, harmlessly). `children`, when given, is what the index will know of
   * the events' children once they are indexed (ingest has just worked it out to check them), so it is not
   * looked up and learnt again; the entries are then taken as decideBatch makes them: each id once, none indexed.
   */
  async recordAppended(entries: readonly IndexEntry[], positions: readonly LogPosition[], children?: ReadonlyMap<string, KnownChild>): Promise<void> {
    const advances = [...contiguousStarts(positions)].map(([partition, { first, next }]) => ({ partition, first, next }));
    if (!children) {
      await this.db.transaction(async () => {
        await indexEntries(this.db, entries);
        await stageAdvances(this.db, advances);
        await this.db.run(SQL.recordStaged);
      });
      return;
    }
    if (this.stageLeftOver) {
      for (const table of STAGED_BATCH) await this.db.run(`DELETE FROM ${table}`);
      this.stageLeftOver = false;
    }
    // Staged synchronously and written by one call, so DuckDB writes (and commits) the whole batch on its own
    // threads: ingest parses the next batch meanwhile, and waits for this only when it reads the index again.
    appendEvents(this.db, entries);
    appendChildren(this.db, [...children]);
    appendAdvances(this.db, advances);
    try {
      await this.db.run(`BEGIN TRANSACTION;\n${SQL.recordStaged}\nCOMMIT;`);
    } catch (error) {
      // The stage was filled outside the transaction, so the rollback leaves it full: the next write empties it.
      this.stageLeftOver = true;
      await this.db.rollback();
      throw error;
    }
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
  const advance = new Map<number, number>();
  for (const [partition, { first, next }] of contiguousStarts(positions)) {
    if (first === (stored.get(partition) ?? 0)) advance.set(partition, next);
  }
  return advance;
}

/**
 * Per partition whose `positions` are a run of offsets with no gap and no repeat, where the run starts and the
 * offset after it. The index saves `next` only if it had read exactly up to `first`: recordStaged.sql checks that
 * half of contiguousAdvance in the write's own transaction, so the write needs no read of the offsets first.
 */
export function contiguousStarts(positions: readonly LogPosition[]): Map<number, { first: number; next: number }> {
  const byPartition = new Map<number, number[]>();
  for (const { partition, offset } of positions) {
    const list = byPartition.get(partition) ?? [];
    list.push(offset);
    byPartition.set(partition, list);
  }
  const runs = new Map<number, { first: number; next: number }>();
  for (const [partition, offsets] of byPartition) {
    offsets.sort((a, b) => a - b);
    const first = offsets[0]!;
    const last = offsets[offsets.length - 1]!;
    // Sorted, so a run of the right length with no equal neighbours has no gap.
    if (last - first + 1 === offsets.length && offsets.every((offset, i) => i === 0 || offset !== offsets[i - 1])) {
      runs.set(partition, { first, next: last + 1 });
    }
  }
  return runs;
}

async function readOffsets(db: IndexDatabase): Promise<Map<number, number>> {
  const rows = await db.rows('SELECT log_partition, next_offset FROM index_offsets ORDER BY log_partition');
  return new Map(rows.map(([partition, offset]) => [Number(partition), Number(offset)]));
}

let lookups = 0n;

async function lookupKnowledge(db: IndexDatabase, ids: readonly string[], keys: readonly string[]): Promise<{ events: Map<string, IndexedEvent>; children: Map<string, KnownChild> }> {
  const events = new Map<string, IndexedEvent>();
  const children = new Map<string, KnownChild>();
  if (ids.length === 0 && keys.length === 0) return { events, children };
  lookups += 1n;
  db.append('staged_lookups', [[lookups], [ids.join(UNIT_SEPARATOR)], [keys.join(UNIT_SEPARATOR)]]);
  for (const [kind, a, b, c, d, e] of await db.rows(SQL.lookupKnowledge)) {
    if (kind === 'event') {
      events.set(a as string, { eventId: a as string, childKey: b as string, type: c as string, occurredAt: d as string, contentHash: e as string });
    } else {
      children.set(a as string, {
        ...(b ? { dateOfBirth: b as string } : {}),
        ...(c ? { earliestCareDate: c as string } : {}),
        ...(d ? { earliestCareStart: d as string } : {}),
      });
    }
  }
  return { events, children };
}

/** See staging.sql: a batch is staged as one row, each field's values joined by the unit separator. */
const UNIT_SEPARATOR = '\x1f';
const STAGED_BATCH = ['staged_event_columns', 'staged_child_columns', 'staged_advances'] as const;

interface Advance {
  readonly partition: number;
  /** null: saved whatever the index had read (the catch-up has just read up to it). */
  readonly first: number | null;
  readonly next: number;
}

function joined(columns: readonly string[][]): string[][] {
  return columns.map((values) => [values.join(UNIT_SEPARATOR)]);
}

function eventColumns(entries: readonly IndexEntry[]): string[][] {
  const ids: string[] = [], keys: string[] = [], types: string[] = [], dates: string[] = [], hashes: string[] = [];
  for (const { event, contentHash } of entries) {
    ids.push(event.eventId);
    keys.push(streamKey(event));
    types.push(event.type);
    dates.push(event.occurredAt);
    hashes.push(contentHash);
  }
  return joined([ids, keys, types, dates, hashes]);
}

function appendEvents(db: IndexDatabase, entries: readonly IndexEntry[]): void {
  if (entries.length > 0) db.append('staged_event_columns', eventColumns(entries));
}

async function stageEvents(db: IndexDatabase, entries: readonly IndexEntry[]): Promise<void> {
  await db.run('DELETE FROM staged_event_columns');
  appendEvents(db, entries);
}

function appendChildren(db: IndexDatabase, children: readonly [string, KnownChild | undefined][]): void {
  const rows = children.filter((entry): entry is [string, KnownChild] => entry[1] !== undefined);
  if (rows.length === 0) return;
  db.append('staged_child_columns', joined([
    rows.map(([key]) => key),
    rows.map(([, c]) => c.dateOfBirth ?? ''),
    rows.map(([, c]) => c.earliestCareDate ?? ''),
    rows.map(([, c]) => c.earliestCareStart ?? ''),
  ]));
}

function appendAdvances(db: IndexDatabase, advances: readonly Advance[]): void {
  db.append('staged_advances', [
    advances.map((a) => a.partition),
    advances.map((a) => (a.first === null ? null : BigInt(a.first))),
    advances.map((a) => BigInt(a.next)),
  ]);
}

async function stageAdvances(db: IndexDatabase, advances: readonly Advance[]): Promise<void> {
  await db.run('DELETE FROM staged_advances');
  appendAdvances(db, advances);
}

function uniqueById(entries: readonly IndexEntry[]): IndexEntry[] {
  const seen = new Set<string>();
  return entries.filter(({ event }) => !seen.has(event.eventId) && seen.add(event.eventId));
}

/**
 * Stages the events the index does not hold yet, and what their children's knowledge becomes (inside the caller's
 * transaction, which then runs recordStaged.sql): events it already holds teach it nothing.
 */
async function indexEntries(db: IndexDatabase, entries: readonly IndexEntry[]): Promise<void> {
  await db.run('DELETE FROM staged_child_columns');
  let unique = uniqueById(entries);
  await stageEvents(db, unique);
  if (unique.length === 0) return;
  const freshIds = new Set((await db.rows(SQL.newStagedEvents)).map(([id]) => id as string));
  if (freshIds.size < unique.length) {
    unique = unique.filter(({ event }) => freshIds.has(event.eventId));
    await stageEvents(db, unique);
  }
  if (unique.length === 0) return;
  const known: Map<string, KnownChild | undefined> = (await lookupKnowledge(db, [], [...new Set(unique.map(({ event }) => streamKey(event)))])).children;
  for (const { event } of unique) {
    const key = streamKey(event);
    known.set(key, learnFrom(event, known.get(key)));
  }
  appendChildren(db, [...known]);
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
      await indexEntries(db, entries);
      await stageAdvances(db, [...next].map(([partition, offset]) => ({ partition, first: null, next: offset })));
      await db.run(SQL.recordStaged);
    });
    records += batch.length;
  }, { from: stored, batchSize });
  if (skipped > 0) logger.warn({ skipped }, 'ingest index: log records that are not case events were skipped');
  const report = { records, seconds: (performance.now() - started) / 1000 };
  logger.debug({ ...report, path: db.path }, 'ingest index caught up');
  return report;
}
