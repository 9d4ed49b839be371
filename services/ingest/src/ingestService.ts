import { randomUUID } from 'node:crypto';
import { UnavailableError, silentLogger, timed, type Logger, type StageTimings } from '@careledger/runtime';
import { parseNdjsonBatch, streamKey, type CaseEvent, type KnownChild, type RejectedRecord } from '@careledger/events';
import type { EventLog, LogPosition } from '@careledger/eventlog';
import { decideBatch, encodeForLog, idsToLookUp, type EventToAppend } from './batchDecision';
import { deadLetterHash } from './contentHash';
import type { DeadLetterRecord, DeadLetterStore } from './deadLetters';
import { IngestIndex, type CatchUpReport } from './ingestIndex';

export interface IngestReport {
  readonly batchId: string;
  readonly source: string;
  readonly received: number;
  readonly appended: number;
  readonly duplicates: number;
  /** Refused records; a conflict (an event id reused with other content) is one, its reason starting 'conflict:'. */
  readonly rejected: readonly RejectedRecord[];
}

export interface IngestServiceOptions {
  /** The ingest index's DuckDB file, e.g. `<data>/ingest-index.duckdb`; ':memory:' (the default) rebuilds it from the log at every open. */
  readonly indexPath?: string;
  /** Where ingest's time goes, step by step (the bench's breakdown). */
  readonly timings?: StageTimings;
}

/** What one sender may put in a batch (POST /events sets both from its configuration and token). */
export interface BatchLimits {
  /** A longer line (UTF-8 bytes) is refused by its line number, unread; the other lines are still taken. */
  readonly maxLineBytes?: number;
  /** The LAs the sender may write; an event of another LA is refused by its line number. */
  readonly laCodeAllowed?: (laCode: string) => boolean;
}

/** The reason of a refusal for who sent the line rather than what it says: such lines are not dead-lettered. */
export const FORBIDDEN_PREFIX = 'forbidden:';

export const isForbidden = (record: RejectedRecord): boolean => record.errors.some((e) => e.reason.startsWith(FORBIDDEN_PREFIX));

function outOfScope(line: number, event: CaseEvent): RejectedRecord {
  return {
    line, eventId: event.eventId, raw: JSON.stringify(event),
    errors: [{ field: 'laCode', reason: `${FORBIDDEN_PREFIX} this token may not write events of LA ${event.laCode}` }],
  };
}

const APPEND_CHUNK = 5_000;
const BOM = '\uFEFF';

/** Who a refused line was about, for the log line: its envelope if the line was JSON at all. */
function aboutOf(raw: string): { laCode?: unknown; childId?: unknown } {
  try {
    const value = JSON.parse(raw) as { laCode?: unknown; childId?: unknown } | null;
    return typeof value === 'object' && value !== null ? { laCode: value.laCode, childId: value.childId } : {};
  } catch {
    return {};
  }
}

/**
 * Ingest: NDJSON batches of case events in, validated events appended to the log. A refused line never stops the
 * valid ones; it goes to the dead-letter store with its line, event id, field and reason.
 */
export class IngestService {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /**
   * The index update of the last batch, still being written by DuckDB while JavaScript parses the next batch. The
   * next batch waits for it before it reads the index; if it failed, the index's offsets did not move and its
   * catch-up reads those records back from the log, so nothing acknowledged is ever missing from it.
   */
  private indexWrite: Promise<void> = Promise.resolve();

  private constructor(
    private readonly log: EventLog,
    private readonly deadLetters: DeadLetterStore,
    private readonly index: IngestIndex,
    private readonly logger: Logger,
    private readonly timings: StageTimings | undefined,
  ) {}

  static async open(log: EventLog, deadLetters: DeadLetterStore, logger: Logger = silentLogger, options: IngestServiceOptions = {}): Promise<IngestService> {
    const index = await IngestIndex.open(log, { logger, ...(options.indexPath ? { path: options.indexPath } : {}) });
    return new IngestService(log, deadLetters, index, logger, options.timings);
  }

  /** What opening read from the log to bring the index up to date (0 records when it already was). */
  get indexCatchUp(): CatchUpReport {
    return this.index.opened;
  }

  /** Batches are taken one at a time, so duplicate checks and chronology see every earlier batch. */
  ingestNdjson(text: string, source = 'ndjson', limits: BatchLimits = {}): Promise<IngestReport> {
    const run = this.queue.then(() => this.ingest(text, source, limits));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Waits for the batch in progress, then closes the index (not the log or the dead-letter store: the caller's). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    await this.indexWrite;
    this.index.close();
  }

  private async ingest(text: string, source: string, limits: BatchLimits): Promise<IngestReport> {
    if (this.closed) throw new UnavailableError('ingest.closed', 'ingest is closed: no batch can be taken', { source });
    const batchId = randomUUID();
    const t = this.timings;
    // A UTF-8 byte order mark (as some exports write) is not part of line 1's JSON.
    const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
    const parse = () => parseNdjsonBatch(body, 1, limits.maxLineBytes === undefined ? {} : { maxLineBytes: limits.maxLineBytes });
    const parsed = t ? t.timeSync('ingest: parse and validate the lines (JS)', parse) : parse();
    const allowed = limits.laCodeAllowed;
    const accepted = allowed ? parsed.accepted.filter((a) => allowed(a.event.laCode)) : parsed.accepted;
    const forbidden = allowed ? parsed.accepted.filter((a) => !allowed(a.event.laCode)).map((a) => outOfScope(a.line, a.event)) : [];
    await timed(t, "ingest: wait for the last batch's index write (DuckDB)", () => this.indexWrite);
    // Another producer (Kafka) may have appended since the last batch, or the last index write failed: duplicate
    // checks must see both.
    await timed(t, 'ingest: catch the index up with the log', () => this.index.catchUp());
    const events = accepted.map((a) => a.event);
    // DuckDB looks the batch up on its own threads while JavaScript encodes and hashes it.
    const lookup = this.index.knowledge(idsToLookUp(events), events.map((e) => streamKey(e)));
    const encoded = t ? t.timeSync('ingest: encode and hash for the log (JS)', () => encodeForLog(accepted)) : encodeForLog(accepted);
    const known = await timed(t, 'ingest: wait for the duplicate and chronology lookup (DuckDB)', () => lookup);
    const decision = t ? t.timeSync('ingest: decide duplicates, conflicts, chronology (JS)', () => decideBatch(accepted, known, encoded)) : decideBatch(accepted, known, encoded);
    const refusedForContent = [...parsed.rejected, ...decision.rejected];
    const rejected = [...refusedForContent, ...forbidden].sort((a, b) => a.line - b.line);
    // Another LA's events are not this LA's data-quality problem, nor to be kept on the word of a sender not scoped to it.
    await this.storeDeadLetters(refusedForContent.sort((a, b) => a.line - b.line), { batchId, source });
    await this.append(decision.toAppend, decision.children);
    for (const record of rejected) {
      this.logger.info({ batchId, line: record.line, eventId: record.eventId, ...aboutOf(record.raw), errors: record.errors }, 'event refused');
    }
    const appended = decision.toAppend.length;
    this.logger.info({ batchId, source, appended, duplicates: decision.duplicates, rejected: rejected.length, ...(forbidden.length > 0 ? { forbidden: forbidden.length } : {}) }, 'batch ingested');
    return { batchId, source, received: parsed.accepted.length + parsed.rejected.length, appended, duplicates: decision.duplicates, rejected };
  }

  /**
   * Keeps refusals made outside ingest (a 903 row that never became an event) in the dead-letter store the same way
   * ingest keeps its own: each once, whatever store is configured, so importing a return again stores nothing twice.
   */
  keepRefusals(rejected: readonly RejectedRecord[], context: { batchId: string; source: string }): Promise<void> {
    const run = this.queue.then(() => this.storeDeadLetters(rejected, context));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stores each refusal once: one already dead-lettered (same raw content, same reasons) is only reported. */
  private async storeDeadLetters(rejected: readonly RejectedRecord[], context: { batchId: string; source: string }): Promise<void> {
    if (rejected.length === 0) return;
    const hashed: DeadLetterRecord[] = rejected.map((r) => ({ ...r, contentHash: deadLetterHash(r.raw, r.errors) }));
    if (this.deadLetters.deduplicates) {
      await this.deadLetters.put(hashed, context);
      return;
    }
    const unstored = await this.index.unstoredDeadLetters(hashed.map((r) => r.contentHash!));
    const fresh = hashed.filter((r) => unstored.delete(r.contentHash!));
    if (fresh.length === 0) return;
    await this.deadLetters.put(fresh, context);
    // Recorded after the store has them: a crash in between stores a letter twice, never loses one.
    await this.index.recordDeadLetters(fresh.map((r) => r.contentHash!));
  }

  /**
   * Appends in chunks, then indexes the batch in one transaction. A crash after some chunks leaves the index behind
   * the log, which the next open (or batch) catches up on.
   */
  private async append(toAppend: readonly EventToAppend[], children: ReadonlyMap<string, KnownChild>): Promise<void> {
    if (toAppend.length === 0) return;
    const positions: LogPosition[] = [];
    for (let start = 0; start < toAppend.length; start += APPEND_CHUNK) {
      const chunk = toAppend.slice(start, start + APPEND_CHUNK);
      positions.push(...await timed(this.timings, `ingest: append to the log and make it durable (${this.log.kind})`, () => this.log.append(chunk.map(({ event, value }) => ({ key: streamKey(event), value })))));
    }
    this.indexWrite = timed(this.timings, 'ingest: index the batch (DuckDB, beside the next batch)', () => this.index.recordAppended(toAppend, positions, children)).catch((err: unknown) => {
      this.logger.warn({ err, events: toAppend.length }, 'ingest index update failed: the next batch catches it up from the log');
    });
  }
}

export function describeRejection(record: RejectedRecord): string {
  const id = record.eventId ? ` (event ${record.eventId})` : '';
  return record.errors.map((e) => `line ${record.line}${id}: ${e.field}: ${e.reason}`).join('\n');
}
