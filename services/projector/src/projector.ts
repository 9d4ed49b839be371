import { BusyError, silentLogger, timed, type Logger, type StageTimings } from '@careledger/runtime';
import type { RejectedRecord } from '@careledger/events';
import type { EventLog, LogOffsets, LogRecord, PartitionHandler } from '@careledger/eventlog';
import { ProjectionStore, type ChildRef } from '@careledger/projections';
import { prepareLogRecords, type PreparedBatch } from './prepare';
import { OneStoreForAllPartitions, type ProjectionStores } from './projectionStores';

/** Where the projector puts log records that are not valid events (written by another producer, say). */
export interface RefusedRecordSink {
  put(records: readonly RejectedRecord[], context: { readonly batchId: string; readonly source: string }): Promise<void>;
}

export interface ProjectorOptions {
  /** The consumer name its offsets are stored under, and its consumer group on a log that has groups. */
  readonly consumer?: string;
  /** Log records per DuckDB transaction. */
  readonly batchSize?: number;
  /** Re-derive a store's dirty children after this many records folded into it (and always when a partition leaves). */
  readonly deriveEvery?: number;
  readonly logger?: Logger;
  readonly refused?: RefusedRecordSink;
  /**
   * The log's records were validated by careledger's ingest when they were appended and nothing else writes to it
   * (the embedded log, behind its lock file): they are folded without validating them again. A Kafka topic may have
   * other producers, so it is never trusted.
   */
  readonly trustLog?: boolean;
  /** Give up a catch-up that has not finished by then (a Kafka group that never gets its partitions). */
  readonly timeoutMs?: number;
  /**
   * Checks the children derived since the last check (the continuous DfE validation), once the catch-up has folded
   * and derived: outside any batch, so a slow check never holds a Kafka consumer past its session. The children owed a
   * check are kept in the store with the derive (validation_pending), so a check put off by a crash, a rebalance or a
   * partition another member now holds is run by whichever process holds the store next; the hook records what it
   * checked (ProjectionStore.recordValidationIssues), which clears them. Its failure fails the catch-up after the
   * derive has committed: the projections stand.
   */
  readonly checkDerived?: (store: ProjectionStore, children: readonly ChildRef[]) => Promise<void>;
  /**
   * Publishes what analysts may read from a store (the analyst views, packages/analyst), once its catch-up has folded,
   * derived and checked: committed data only. `storeTag` names the store: 'all', or 'p<n>' for a Kafka partition's.
   */
  readonly publish?: (store: ProjectionStore, storeTag: string) => Promise<void>;
  /** Where the catch-up's time goes, step by step (given to every store it folds into): the bench's breakdown. */
  readonly timings?: StageTimings;
}

export interface CatchUpReport {
  /** Events folded (valid records). */
  readonly folded: number;
  readonly refused: number;
  /** DuckDB transactions, one per batch. */
  readonly batches: number;
  readonly childrenDerived: number;
  /** Of them, how many of each LA's children (by LA code). */
  readonly childrenDerivedByLa: Readonly<Record<string, number>>;
  /** Next offset per partition this projector held, as stored with its projections. */
  readonly offsets: Map<number, number>;
}

/**
 * Folds the event log into the DuckDB projections, as a member of the log's consumer group `consumer`. Each batch of
 * one partition's records is one DuckDB transaction that also stores the partition's next offset, so a restart
 * resumes exactly where the last committed batch ended. Where each partition's projections live is `stores`' business
 * (one database, or one per partition); the fold is the same.
 */
export class Projector {
  readonly consumer: string;
  private readonly stores: ProjectionStores;
  private readonly batchSize: number;
  private readonly deriveEvery: number;
  private readonly logger: Logger;

  constructor(private readonly log: EventLog, stores: ProjectionStores | ProjectionStore, private readonly options: ProjectorOptions = {}) {
    this.stores = stores instanceof ProjectionStore ? new OneStoreForAllPartitions(stores) : stores;
    this.consumer = options.consumer ?? 'projector';
    this.batchSize = options.batchSize ?? 50_000;
    this.deriveEvery = options.deriveEvery ?? 500_000;
    this.logger = options.logger ?? silentLogger;
  }

  /**
   * Reads the partitions this projector is given from their stored offsets to the end the log had when the call
   * began, then re-derives the touched children. `maxBatches` stops after that many batches without re-deriving
   * (what a crash leaves behind, for tests).
   */
  async catchUp(limits: { maxBatches?: number } = {}): Promise<CatchUpReport> {
    const fold = new FoldRun(this.log, this.stores, this.consumer, this.deriveEvery, this.logger, this.options, limits.maxBatches);
    try {
      await this.log
        .consumer(this.consumer, { batchSize: this.batchSize })
        .consumeUntilCaughtUp(fold.handler(), this.options.timeoutMs === undefined ? {} : { timeoutMs: this.options.timeoutMs });
    } catch (error) {
      if (error !== fold.stop) throw error;
      return fold.report();
    }
    const report = fold.report();
    this.logger.info({ consumer: this.consumer, folded: report.folded, refused: report.refused, batches: report.batches, childrenDerived: report.childrenDerived }, 'caught up');
    if (this.options.checkDerived || this.options.publish) await this.afterCatchUp([...report.offsets.keys()]);
    return report;
  }

  /**
   * The check owed, then the publication, for the stores of the partitions this catch-up held; a store another
   * process holds now is its to check and publish.
   */
  private async afterCatchUp(partitions: readonly number[]): Promise<void> {
    const { checkDerived: check, publish } = this.options;
    const checked = new Set<ProjectionStore>();
    for (const partition of partitions) {
      let store: ProjectionStore;
      try {
        store = await this.stores.storeFor(partition);
      } catch (error) {
        if (error instanceof BusyError) {
          this.logger.info({ consumer: this.consumer, partition }, 'partition store held elsewhere: its holder checks its children');
          continue;
        }
        throw error;
      }
      try {
        if (checked.has(store)) continue;
        checked.add(store);
        const children = check ? await store.pendingValidation() : [];
        if (check && children.length > 0) await timed(this.options.timings, 'validate: the DfE rules over the derived children (continuous check)', () => check(store, children));
        if (publish) await timed(this.options.timings, 'publish: the analyst views', () => publish(store, this.stores instanceof OneStoreForAllPartitions ? 'all' : `p${partition}`));
      } finally {
        await this.stores.release(partition);
      }
    }
  }

  /** Forgets every projection and offset (embedded: empties the store; Kafka: removes the partition databases), then folds from 0. */
  async rebuild(): Promise<CatchUpReport> {
    await this.stores.clear();
    return this.catchUp();
  }
}

/** The counters and the partition handler of one catch-up. */
class FoldRun {
  readonly stop = new Error('batch limit reached');
  private folded = 0;
  private refused = 0;
  private batches = 0;
  private childrenDerived = 0;
  private readonly childrenDerivedByLa = new Map<string, number>();
  private stopping = false;
  private readonly offsets = new Map<number, number>();
  private readonly sinceDerive = new Map<ProjectionStore, number>();
  private readonly source: string;
  /** When the last batch was stored: from then to the next batch, the store waits for the log. */
  private lastBatchEnd = performance.now();

  constructor(
    log: EventLog,
    private readonly stores: ProjectionStores,
    private readonly consumer: string,
    private readonly deriveEvery: number,
    private readonly logger: Logger,
    private readonly options: ProjectorOptions,
    private readonly maxBatches: number | undefined,
  ) {
    this.source = `log:${log.kind}`;
  }

  report(): CatchUpReport {
    const byLa = Object.fromEntries([...this.childrenDerivedByLa].sort(([a], [b]) => a.localeCompare(b)));
    return { folded: this.folded, refused: this.refused, batches: this.batches, childrenDerived: this.childrenDerived, childrenDerivedByLa: byLa, offsets: new Map([...this.offsets].sort(([a], [b]) => a - b)) };
  }

  handler(): PartitionHandler<PreparedBatch> {
    const trusted = this.options.trustLog === true;
    const timings = this.options.timings;
    return {
      assigned: (partitions) => this.assigned(partitions),
      prepare: (_partition, records) => {
        if (!timings) return prepareLogRecords(records, { trusted });
        return timings.timeSync(trusted ? 'fold: identify the trusted records (JS)' : 'fold: parse and validate the records (JS)', () => prepareLogRecords(records, { trusted }));
      },
      batch: async (partition, records, prepared) => {
        // The log is read, and the next batch prepared, while the last batch is stored: only a wait is the read's cost.
        timings?.add('fold: wait for the log (its read not hidden behind the last store)', (performance.now() - this.lastBatchEnd) / 1000);
        try {
          await this.foldBatch(partition, records, prepared);
        } finally {
          this.lastBatchEnd = performance.now();
        }
      },
      revoked: (partitions) => this.revoked(partitions),
    };
  }

  private async foldBatch(partition: number, records: readonly LogRecord[], prepared: PreparedBatch): Promise<void> {
    if (this.maxBatches !== undefined && this.batches >= this.maxBatches) {
      this.stopping = true;
      throw this.stop;
    }
    const store = await this.stores.storeFor(partition);
    if (this.options.timings) store.timings = this.options.timings;
    if (prepared.refused.length > 0) await this.putRefused(partition, records[0]!.offset, prepared.refused);
    await store.foldBatch(this.consumer, prepared.valid, new Map([[partition, prepared.nextOffset]]));
    this.batches += 1;
    this.folded += prepared.valid.length;
    this.refused += prepared.refused.length;
    this.offsets.set(partition, prepared.nextOffset);
    this.logger.debug({ consumer: this.consumer, partition, batch: this.batches, folded: this.folded, nextOffset: prepared.nextOffset }, 'batch folded');
    const since = (this.sinceDerive.get(store) ?? 0) + records.length;
    this.sinceDerive.set(store, since >= this.deriveEvery ? 0 : since);
    if (since >= this.deriveEvery) this.childrenDerived += await this.derive(store);
  }

  private async assigned(partitions: readonly number[]): Promise<LogOffsets> {
    const next = new Map<number, number>();
    for (const partition of partitions) {
      const store = await this.stores.storeFor(partition);
      const stored = (await store.offsets(this.consumer)).get(partition) ?? 0;
      next.set(partition, stored);
      this.offsets.set(partition, stored);
    }
    return next;
  }

  /** Re-derives the dirty children of the partitions' stores (each once), then lets the stores go. */
  private async revoked(partitions: readonly number[]): Promise<void> {
    if (!this.stopping) {
      const stores = new Set<ProjectionStore>();
      for (const partition of partitions) stores.add(await this.stores.storeFor(partition));
      for (const store of stores) {
        this.childrenDerived += await this.derive(store);
        this.sinceDerive.delete(store);
      }
    }
    for (const partition of partitions) await this.stores.release(partition);
  }

  private async derive(store: ProjectionStore): Promise<number> {
    let derived = 0;
    for (const [laCode, n] of await store.deriveDirtyChildrenByLa()) {
      this.childrenDerivedByLa.set(laCode, (this.childrenDerivedByLa.get(laCode) ?? 0) + n);
      derived += n;
    }
    return derived;
  }

  private async putRefused(partition: number, firstOffset: number, refused: readonly RejectedRecord[]): Promise<void> {
    this.logger.warn({ consumer: this.consumer, refused: refused.map((r) => ({ partition, offset: r.line, eventId: r.eventId, errors: r.errors })) }, 'log records refused');
    await this.options.refused?.put(refused, { batchId: `${this.consumer}:${partition}:${firstOffset}`, source: this.source });
  }
}
