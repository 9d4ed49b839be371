import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Consumer, EachBatchPayload } from 'kafkajs';
import { CareledgerError, silentLogger, type Logger } from '@careledger/runtime';
import type { LogRecord } from '@careledger/eventlog';
import { createKafkaClient } from '@careledger/eventlog/kafka';
import { ProjectionStore } from '@careledger/projections';
import { foldLogRecords, type RefusedRecordSink } from './projector';

export interface KafkaGroupProjectorOptions {
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly groupId: string;
  /** Folder of the per-partition projection databases, `partition-<n>.duckdb`. */
  readonly storeDir: string;
  readonly clientId?: string;
  readonly logger?: Logger;
  readonly refused?: RefusedRecordSink;
  readonly threads?: number;
}

export interface GroupCatchUpReport {
  readonly folded: number;
  readonly refused: number;
  readonly partitions: number[];
}

export function partitionStorePath(storeDir: string, partition: number): string {
  return join(storeDir, `partition-${partition}.duckdb`);
}

export async function partitionStorePaths(storeDir: string): Promise<string[]> {
  const names = await readdir(storeDir).catch(() => [] as string[]);
  return names.filter((n) => /^partition-\d+\.duckdb$/.test(n)).sort().map((n) => join(storeDir, n));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One projector in a Kafka consumer group. Each partition has its own DuckDB file holding that partition's
 * projections and its next offset, written in the same transaction; whichever member owns the partition opens its
 * file. Kafka's committed offset is only advanced after the DuckDB commit, so it is never ahead of DuckDB: records
 * below DuckDB's offset are skipped, and if Kafka is ever ahead (a rebuilt file) the member seeks back.
 */
export class KafkaGroupProjector {
  private readonly logger: Logger;
  private readonly stores = new Map<number, ProjectionStore>();
  private consumer: Consumer | undefined;
  private folded = 0;
  private refused = 0;
  private assigned: number[] = [];
  /** Folds, releases and checks run one at a time: a rebalance must never close a database a batch is writing. */
  private exclusiveChain: Promise<unknown> = Promise.resolve();

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.exclusiveChain.then(work);
    this.exclusiveChain = run.catch(() => undefined);
    return run;
  }

  constructor(private readonly options: KafkaGroupProjectorOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  private async store(partition: number): Promise<ProjectionStore> {
    const open = this.stores.get(partition);
    if (open) return open;
    // A partition that just moved here may still be held by its previous owner for a moment.
    for (let attempt = 0; ; attempt++) {
      try {
        const store = await ProjectionStore.open({ path: partitionStorePath(this.options.storeDir, partition), threads: this.options.threads ?? 1, logger: this.logger });
        this.stores.set(partition, store);
        return store;
      } catch (error) {
        if (attempt >= 60) throw error;
        await sleep(500);
      }
    }
  }

  private async closeStores(): Promise<void> {
    for (const [partition, store] of this.stores) {
      await store.deriveDirtyChildren();
      store.close();
      this.stores.delete(partition);
    }
  }

  private async foldBatch({ batch, resolveOffset, heartbeat }: EachBatchPayload): Promise<void> {
    if (!this.consumer) return;
    const partition = batch.partition;
    // A batch fetched before a rebalance took this partition away belongs to its new owner now.
    if (!this.assigned.includes(partition)) return;
    const store = await this.store(partition);
    const consumer = this.options.groupId;
    const stored = (await store.offsets(consumer)).get(partition) ?? 0;
    const first = Number(batch.firstOffset() ?? stored);
    if (first > stored) {
      this.logger.warn({ partition, stored, first }, 'Kafka is ahead of the projection database: seeking back');
      this.consumer.seek({ topic: this.options.topic, partition, offset: String(stored) });
      return;
    }
    const records: LogRecord[] = [];
    for (const message of batch.messages) {
      const offset = Number(message.offset);
      if (offset < stored) continue;
      records.push({ partition, offset, key: message.key?.toString() ?? '', value: message.value?.toString() ?? '' });
    }
    if (records.length > 0) {
      const offsets = new Map([[partition, stored]]);
      const result = await foldLogRecords(store, consumer, records, offsets, { logger: this.logger, ...(this.options.refused ? { refused: this.options.refused } : {}), source: 'log:kafka' });
      this.logger.debug({ partition, stored, from: records[0]!.offset, to: records[records.length - 1]!.offset, folded: result.folded, pid: process.pid }, 'batch folded');
      this.folded += result.folded;
      this.refused += result.refused;
    }
    const last = batch.messages[batch.messages.length - 1];
    if (last) {
      resolveOffset(last.offset);
      // Kafka's committed offset only spares a restart from re-reading what DuckDB already holds; DuckDB's offset is
      // the truth, so a commit refused during a rebalance is harmless.
      await this.consumer
        .commitOffsets([{ topic: this.options.topic, partition, offset: String(Number(last.offset) + 1) }])
        .catch((error: unknown) => this.logger.info({ partition, err: error }, 'Kafka offset commit deferred'));
    }
    await heartbeat();
  }

  /**
   * Joins the group and folds the partitions it is given until every one of them has reached the end offset it had
   * when this call began; then re-derives, leaves the group and closes its databases.
   */
  async runUntilCaughtUp(timeoutMs = 300_000): Promise<GroupCatchUpReport> {
    await mkdir(this.options.storeDir, { recursive: true });
    const kafka = createKafkaClient({ brokers: this.options.brokers, clientId: this.options.clientId ?? 'careledger-projector', logger: this.logger }, this.logger);
    const admin = kafka.admin();
    await admin.connect();
    const ends = new Map((await admin.fetchTopicOffsets(this.options.topic)).map((p) => [p.partition, Number(p.high)]));
    await admin.disconnect();

    const consumer = kafka.consumer({ groupId: this.options.groupId, maxBytesPerPartition: 8 * 1024 * 1024, maxWaitTimeInMs: 200, sessionTimeout: 10_000, heartbeatInterval: 2_000, rebalanceTimeout: 60_000 });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      const assigned = (payload.memberAssignment[this.options.topic] ?? []).slice().sort((a, b) => a - b);
      this.assigned = assigned;
      this.logger.info({ groupId: this.options.groupId, assigned }, 'partitions assigned');
      // Release the databases of partitions that moved away (after any batch in flight), so their new owner can open them.
      void this.exclusive(async () => {
        for (const [partition, store] of this.stores) {
          if (assigned.includes(partition)) continue;
          this.stores.delete(partition);
          await store.deriveDirtyChildren();
          store.close();
        }
        // Read from where each partition's database says, not from Kafka's committed offset (which may be ahead
        // of a database that was rebuilt, or behind one that committed just before a crash).
        for (const partition of assigned) {
          const stored = (await (await this.store(partition)).offsets(this.options.groupId)).get(partition) ?? 0;
          this.consumer?.seek({ topic: this.options.topic, partition, offset: String(stored) });
        }
      }).catch((error: unknown) => this.logger.error({ err: error, assigned }, 'could not open the partition databases'));
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.options.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 1,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.exclusive(() => this.foldBatch(payload)),
    });

    const started = Date.now();
    try {
      for (;;) {
        await sleep(250);
        if (this.assigned.length > 0 && (await this.exclusive(() => this.caughtUp(this.assigned, ends)))) break;
        if (Date.now() - started > timeoutMs) {
          throw new CareledgerError('projector.timeout', `projector did not catch up within ${timeoutMs} ms`, { groupId: this.options.groupId, assigned: this.assigned });
        }
      }
    } finally {
      await consumer.stop();
      await this.exclusive(() => this.closeStores());
      await consumer.disconnect();
      this.consumer = undefined;
    }
    return { folded: this.folded, refused: this.refused, partitions: this.assigned };
  }

  private async caughtUp(assigned: readonly number[], ends: ReadonlyMap<number, number>): Promise<boolean> {
    const behind: Record<number, string> = {};
    for (const partition of assigned) {
      const end = ends.get(partition) ?? 0;
      if (end === 0) continue;
      const store = this.stores.get(partition);
      const offset = store ? (await store.offsets(this.options.groupId)).get(partition) ?? 0 : await this.storedOffsetOnDisk(partition);
      if (offset < end) behind[partition] = `${offset}/${end}`;
    }
    if (Object.keys(behind).length > 0) this.logger.debug({ groupId: this.options.groupId, behind }, 'catching up');
    return Object.keys(behind).length === 0;
  }

  /** The offset in a partition file this member has not opened (it may be idle and at the end already). */
  private async storedOffsetOnDisk(partition: number): Promise<number> {
    const store = await this.store(partition);
    return (await store.offsets(this.options.groupId)).get(partition) ?? 0;
  }
}
