/**
 * A member of a Kafka consumer group, driving a `PartitionHandler` that keeps its own offsets.
 *
 * The handler's checkpoint is the truth, never Kafka's committed offset: on every join (the first, and each
 * rebalance) the member asks the handler for the next offset of each newly assigned partition and seeks there, so a
 * handler whose store was rebuilt reads from where its store says even though Kafka committed further. Kafka's
 * offset is committed only after the handler resolved a batch (it only spares a restart a re-fetch), so it is never
 * ahead of the handler; a fetch that starts beyond the handler's position (Kafka ahead) is dropped and the partition
 * seeked back. Every handler call runs in one queue, so a rebalance never revokes a partition while a batch of it is
 * being stored.
 */
import type { Admin, Consumer, EachBatchPayload, Kafka as KafkaClient } from 'kafkajs';
import type { Logger } from '@careledger/runtime';
import {
  EventLogError,
  type ConsumeOptions,
  type ConsumptionReport,
  type LogConsumer,
  type LogRecord,
  type PartitionHandler,
} from '@careledger/eventlog';
import { asConnectError, asEventLogError } from './kafkaClient';
import { fetchTopicOffsets } from './kafkaTopic';

const MIB = 1024 * 1024;
const DEFAULT_BATCH_SIZE = 10_000;
const DEFAULT_TIMEOUT_MS = 300_000;

export interface KafkaGroupConsumerContext {
  readonly kafka: KafkaClient;
  readonly admin: Admin;
  readonly topic: string;
  readonly brokers: readonly string[];
  readonly logger: Logger;
  /** Lets the log's close() end a consumption early with an error. */
  readonly registerAbort: (abort: (error: Error) => void) => () => void;
}

export class KafkaGroupConsumer implements LogConsumer {
  private readonly batchSize: number;

  constructor(private readonly context: KafkaGroupConsumerContext, readonly group: string, options: { batchSize?: number } = {}) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(this.batchSize) || this.batchSize < 1) {
      throw new EventLogError('eventlog.invalid_option', `batchSize must be a positive integer, got ${this.batchSize}`, { group });
    }
    if (typeof group !== 'string' || group.length === 0) {
      throw new EventLogError('eventlog.invalid_option', 'a consumer group needs a non-empty name');
    }
  }

  async consumeUntilCaughtUp<P>(handler: PartitionHandler<P>, options: ConsumeOptions = {}): Promise<ConsumptionReport> {
    const run = new GroupRun(this.context, this.group, this.batchSize, handler);
    return run.run(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
}

/** The state of one `consumeUntilCaughtUp` call. */
class GroupRun<P> {
  private readonly topic: string;
  private readonly logger: Logger;
  /** End offsets (exclusive) and log start offsets when the call began. */
  private ends = new Map<number, number>();
  private starts = new Map<number, number>();
  /** This member's partitions as of the last join, and the handler's next offset for each. */
  private assignedPartitions: number[] = [];
  private readonly positions = new Map<number, number>();
  private readonly everAssigned = new Set<number>();
  private joined = false;
  private records = 0;
  private batches = 0;
  private consumer: Consumer | undefined;
  /** Handler calls run one at a time, in the order they were queued. */
  private queue: Promise<unknown> = Promise.resolve();
  private settled = false;
  private failure: { error: unknown } | undefined;
  private resolveDone!: () => void;
  private readonly done = new Promise<void>((resolve) => (this.resolveDone = resolve));

  constructor(
    private readonly context: KafkaGroupConsumerContext,
    private readonly group: string,
    private readonly batchSize: number,
    private readonly handler: PartitionHandler<P>,
  ) {
    this.topic = context.topic;
    this.logger = context.logger;
  }

  async run(timeoutMs: number): Promise<ConsumptionReport> {
    const { kafka, admin, topic } = this.context;
    const unregisterAbort = this.context.registerAbort((error) => this.finish({ error }));
    const timer = setTimeout(() => {
      const behind = this.behind();
      this.finish({
        error: new EventLogError(
          'eventlog.consume_timeout',
          `consumer group ${this.group} did not catch up with Kafka topic ${topic} within ${timeoutMs} ms (behind: ${JSON.stringify(behind)})`,
          { topic, group: this.group, behind },
        ),
      });
    }, timeoutMs);
    try {
      try {
        const offsets = await fetchTopicOffsets(admin, topic);
        this.ends = new Map(offsets.map((p) => [p.partition, p.high]));
        this.starts = new Map(offsets.map((p) => [p.partition, p.low]));
      } catch (error) {
        throw asConnectError(error, this.context.brokers, `cannot read the offsets of Kafka topic ${topic}`, { topic });
      }
      const consumer = kafka.consumer({
        groupId: this.group,
        allowAutoTopicCreation: false,
        // A fetch is a batch and each batch one DuckDB transaction: kafkajs' defaults (10 MiB a fetch for every
        // partition together) gave the fold transactions of a few thousand records. 16 MiB is about 50,000 events, the
        // projector's batch.
        maxBytes: 64 * MIB,
        maxBytesPerPartition: 16 * MIB,
        maxWaitTimeInMs: 200,
        sessionTimeout: 10_000,
        heartbeatInterval: 2_000,
        rebalanceTimeout: 60_000,
        // A crash-restart after the call ended would leave a zombie member behind.
        retry: { restartOnFailure: async () => !this.settled },
      });
      this.consumer = consumer;
      consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
        // Synchronous, inside kafkajs' join: the handler calls it queues run before any batch of this generation.
        const assigned = [...(payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
        this.logger.info({ topic, group: this.group, assigned }, 'partitions assigned');
        void this.exclusive(() => this.rebalanced(assigned)).catch((error: unknown) => this.finish({ error }));
      });
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (payload.restart || this.settled) return;
        this.finish({ error: asEventLogError(payload.error, 'eventlog.consume_failed', `consumer group ${this.group} on Kafka topic ${topic} stopped`, { topic, group: this.group }) });
      });
      try {
        await consumer.connect();
        await consumer.subscribe({ topics: [topic], fromBeginning: true });
        await consumer.run({
          autoCommit: false,
          partitionsConsumedConcurrently: 1,
          eachBatchAutoResolve: false,
          // The handler's failures end the call (inside eachBatch); kafkajs' own (a heartbeat that finds the group
          // rebalancing) go back to kafkajs, which rejoins.
          eachBatch: (payload) => this.exclusive(() => this.eachBatch(payload)),
        });
      } catch (error) {
        throw asConnectError(error, this.context.brokers, `cannot join consumer group ${this.group} on Kafka topic ${topic}`, { topic, group: this.group });
      }
      await this.done;
    } catch (error) {
      this.finish({ error });
    } finally {
      clearTimeout(timer);
      unregisterAbort();
      await this.stop();
    }
    if (this.failure) throw this.failure.error;
    return { records: this.records, batches: this.batches, partitions: [...this.everAssigned].sort((a, b) => a - b) };
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private finish(failure?: { error: unknown }): void {
    if (this.settled) return;
    this.settled = true;
    this.failure = failure;
    this.resolveDone();
  }

  /** Revokes what moved away, asks the handler where to start for what moved here, and seeks every partition. */
  private async rebalanced(assigned: number[]): Promise<void> {
    if (this.settled) return;
    const revoked = this.assignedPartitions.filter((p) => !assigned.includes(p));
    const added = assigned.filter((p) => !this.assignedPartitions.includes(p));
    this.assignedPartitions = assigned;
    if (revoked.length > 0) {
      for (const partition of revoked) this.positions.delete(partition);
      await this.handler.revoked(revoked);
    }
    if (added.length > 0) {
      const checkpoints = await this.handler.assigned(added);
      for (const partition of added) {
        this.everAssigned.add(partition);
        const next = checkpoints.get(partition) ?? 0;
        const low = this.starts.get(partition) ?? 0;
        const high = this.ends.get(partition) ?? 0;
        if (!Number.isSafeInteger(next) || next < low || next > high) {
          // Beyond the end: the wrong topic for this store, or the topic lost records. Below the start: deleted.
          throw new EventLogError(
            'eventlog.offset_out_of_range',
            `consumer group ${this.group} is to read Kafka topic ${this.topic} partition ${partition} from offset ${next}, but it holds offsets ${low} to ${high}`,
            { topic: this.topic, group: this.group, partition, from: next, startOffset: low, endOffset: high },
          );
        }
        this.positions.set(partition, next);
      }
    }
    // kafkajs resets positions to the committed offsets on every join: seek all of them to the handler's.
    for (const partition of assigned) this.position(partition);
    this.joined = true;
    this.checkCaughtUp();
  }

  /** Seeks a partition to the handler's position, or pauses it once it has reached its end. */
  private position(partition: number): void {
    const next = this.positions.get(partition);
    if (next === undefined || !this.consumer) return;
    if (next >= (this.ends.get(partition) ?? 0)) this.consumer.pause([{ topic: this.topic, partitions: [partition] }]);
    else this.consumer.seek({ topic: this.topic, partition, offset: String(next) });
  }

  private async eachBatch({ batch, resolveOffset, heartbeat }: EachBatchPayload): Promise<void> {
    const { partition } = batch;
    const next = this.positions.get(partition);
    // A batch fetched before a rebalance took this partition away belongs to its new owner now.
    if (this.settled || next === undefined || !this.assignedPartitions.includes(partition)) return;
    const end = this.ends.get(partition) ?? 0;
    const first = Number(batch.firstOffset() ?? next);
    if (first > next) {
      this.logger.warn({ topic: this.topic, partition, handlerOffset: next, first }, 'Kafka is ahead of the handler: seeking back');
      this.position(partition);
      return;
    }
    const records: LogRecord[] = [];
    for (const message of batch.messages) {
      const offset = Number(message.offset);
      if (offset < next) continue; // stored already
      if (offset >= end) break; // appended after the call began
      records.push({ partition, offset, key: message.key?.toString('utf8') ?? '', value: message.value?.toString('utf8') ?? '' });
    }
    // Slices are stored one after another; the next slice is prepared while the previous one is being stored.
    let storing: Promise<void> | undefined;
    let preparedNext: P | undefined;
    const prepare = async (slice: readonly LogRecord[]): Promise<P> =>
      this.handler.prepare ? this.handler.prepare(partition, slice) : (undefined as P);
    for (let start = 0; start < records.length; start += this.batchSize) {
      const slice = records.slice(start, start + this.batchSize);
      try {
        const prepared = start === 0 ? await prepare(slice) : preparedNext!;
        storing = this.handler.batch(partition, slice, prepared);
        const following = records.slice(start + this.batchSize, start + 2 * this.batchSize);
        preparedNext = following.length > 0 ? await prepare(following).catch(async (error: unknown) => {
          await storing!.catch(() => undefined);
          throw error;
        }) : undefined;
        await storing;
      } catch (error) {
        this.finish({ error });
        return;
      }
      const last = slice[slice.length - 1]!;
      this.records += slice.length;
      this.batches += 1;
      this.positions.set(partition, last.offset + 1);
      resolveOffset(String(last.offset));
      // A commit refused during a rebalance is harmless: the handler's offset is the truth.
      await this.consumer
        ?.commitOffsets([{ topic: this.topic, partition, offset: String(last.offset + 1) }])
        .catch((error: unknown) => this.logger.info({ topic: this.topic, partition, err: error }, 'Kafka offset commit deferred'));
      await heartbeat();
      if (this.settled) return;
    }
    // Done, or nothing here was new (a stale fetch below the handler's position): seek or pause from the truth.
    if (records.length === 0 || (this.positions.get(partition) ?? 0) >= end) this.position(partition);
    this.checkCaughtUp();
  }

  private behind(): Record<number, string> {
    const behind: Record<number, string> = {};
    for (const partition of this.assignedPartitions) {
      const next = this.positions.get(partition) ?? 0;
      const end = this.ends.get(partition) ?? 0;
      if (next < end) behind[partition] = `${next}/${end}`;
    }
    return behind;
  }

  private checkCaughtUp(): void {
    // A member given no partitions (more members than partitions) is caught up too: there is nothing for it to do.
    if (this.joined && Object.keys(this.behind()).length === 0) this.finish();
  }

  /** Stops fetching, revokes every partition still held (after any handler call in flight), leaves the group. */
  private async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.stop().catch(() => undefined);
    await this.exclusive(async () => {
      const held = this.assignedPartitions;
      this.assignedPartitions = [];
      if (held.length === 0) return;
      try {
        await this.handler.revoked(held);
      } catch (error) {
        if (!this.failure) this.failure = { error };
        else this.logger.warn({ topic: this.topic, group: this.group, err: error }, 'revoking partitions after a failure failed too');
      }
    });
    await consumer?.disconnect().catch((error: unknown) => {
      this.logger.warn({ topic: this.topic, group: this.group, err: error }, 'could not disconnect the Kafka consumer');
    });
  }
}
