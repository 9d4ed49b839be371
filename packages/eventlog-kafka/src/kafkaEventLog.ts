/**
 * The Kafka EventLog: one topic, records keyed by `laCode:childId` (so one child's events share a partition and stay in
 * order), appended by an idempotent producer with acks=all (see ./kafkaAppender for how positions are computed) and
 * replayed by a throwaway consumer group (see ./kafkaReplay). End offsets are the partitions' high watermarks.
 */
import type { Admin, Kafka as KafkaClient, Producer } from 'kafkajs';
import { silentLogger, type Logger } from '@careledger/runtime';
import {
  EventLogError,
  type AppendRecord,
  type ConsumerOptions,
  type EventLog,
  type LogConsumer,
  type LogPosition,
  type LogRecord,
  type ReplayOptions,
} from '@careledger/eventlog';
import type { KafkaAppender, ProducerSettings } from './kafkaAppender';
import { asEventLogError, DEFAULT_CLIENT_ID, type KafkaConnectionOptions } from './kafkaClient';
import { connectTopicProducer } from './topicProducer';
import { KafkaGroupConsumer } from './kafkaGroupConsumer';
import { runReplay, type PartitionRange, type ReplayTuning } from './kafkaReplay';
import { fetchTopicOffsets, type TopicPartitionOffsets, type TopicSpec } from './kafkaTopic';

const DEFAULT_BATCH_SIZE = 10_000;

export interface KafkaEventLogOptions extends KafkaConnectionOptions, TopicSpec, ProducerSettings {
  /** Records per send (default 5,000) and estimated bytes per send (default 8 MiB). */
  readonly maxMessagesPerSend?: number;
  readonly maxBytesPerSend?: number;
  readonly replay?: ReplayTuning;
}

export class KafkaEventLog implements EventLog {
  readonly kind = 'kafka';

  private closed = false;
  private closing: Promise<void> | undefined;
  private readonly activeReplays = new Set<(error: Error) => void>();
  private readonly replays = new Set<Promise<void>>();
  private readonly appends = new Set<Promise<unknown>>();

  private constructor(
    readonly topic: string,
    private readonly kafka: KafkaClient,
    private readonly admin: Admin,
    private readonly producer: Producer,
    private readonly appender: KafkaAppender,
    private readonly clientId: string,
    private readonly brokers: readonly string[],
    private readonly replayTuning: ReplayTuning,
    private readonly logger: Logger,
  ) {}

  /** Connects, creates the topic if missing (or checks it), and connects an idempotent producer. */
  static async open(options: KafkaEventLogOptions): Promise<KafkaEventLog> {
    const logger = options.logger ?? silentLogger;
    const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
    const { kafka, admin, producer, appender } = await connectTopicProducer(options, logger, 'Kafka event log');
    return new KafkaEventLog(options.topic, kafka, admin, producer, appender, clientId, [...options.brokers], options.replay ?? {}, logger);
  }

  /** The partition count appends are routed over (the topic's, when it was opened). */
  get partitionCount(): number {
    return this.appender.partitionCount;
  }

  async append(records: readonly AppendRecord[]): Promise<LogPosition[]> {
    this.assertOpen();
    const append = this.appender.append(records);
    const tracked = append.catch(() => undefined);
    this.appends.add(tracked);
    try {
      return await append;
    } finally {
      this.appends.delete(tracked);
    }
  }

  async partitions(): Promise<number[]> {
    this.assertOpen();
    return (await this.fetchOffsets()).map((p) => p.partition);
  }

  async endOffsets(): Promise<Map<number, number>> {
    this.assertOpen();
    return new Map((await this.fetchOffsets()).map((p) => [p.partition, p.high]));
  }

  async replay(onBatch: (batch: readonly LogRecord[]) => Promise<void>, options: ReplayOptions = {}): Promise<void> {
    this.assertOpen();
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
      throw new EventLogError('eventlog.invalid_option', `batchSize must be a positive integer, got ${batchSize}`);
    }
    // Snapshot: records appended after this point are not part of this replay.
    const offsets = await this.fetchOffsets();
    const ranges = new Map<number, PartitionRange>();
    for (const { partition, high, low } of offsets) {
      const from = options.from?.get(partition) ?? 0;
      if (!Number.isSafeInteger(from) || from < low || from > high) {
        // Beyond the end: the log lost records or it is the wrong topic. Below the start: records were deleted.
        // Either way, never skip silently.
        throw new EventLogError(
          'eventlog.offset_out_of_range',
          `replay of Kafka topic ${this.topic} from offset ${from} in partition ${partition}, but it holds offsets ${low} to ${high}`,
          { topic: this.topic, partition, from, startOffset: low, endOffset: high },
        );
      }
      ranges.set(partition, { next: from, end: high });
    }
    const unknown = [...(options.from?.keys() ?? [])].filter((partition) => !ranges.has(partition));
    if (unknown.length > 0) {
      this.logger.warn(
        { topic: this.topic, unknownPartitions: unknown },
        'replay: ignoring offsets of partitions the topic does not have',
      );
    }

    const replay = runReplay({
      kafka: this.kafka,
      admin: this.admin,
      topic: this.topic,
      clientId: this.clientId,
      logger: this.logger,
      ranges,
      batchSize,
      onBatch,
      tuning: this.replayTuning,
      registerAbort: (abort) => {
        this.activeReplays.add(abort);
        return () => this.activeReplays.delete(abort);
      },
    });
    const tracked = replay.catch(() => undefined);
    this.replays.add(tracked);
    try {
      await replay;
    } finally {
      this.replays.delete(tracked);
    }
  }

  /**
   * A member of consumer group `group` on this topic (see ./kafkaGroupConsumer): members of one group share the
   * partitions, each seeking to its handler's offsets. close() ends a consumption in progress with `eventlog.closed`.
   */
  consumer(group: string, options: ConsumerOptions = {}): LogConsumer {
    this.assertOpen();
    const context = {
      kafka: this.kafka,
      admin: this.admin,
      topic: this.topic,
      brokers: this.brokers,
      logger: this.logger,
      registerAbort: (abort: (error: Error) => void) => {
        this.activeReplays.add(abort);
        return () => this.activeReplays.delete(abort);
      },
    };
    const consumer = new KafkaGroupConsumer(context, group, options);
    const consumeUntilCaughtUp: LogConsumer['consumeUntilCaughtUp'] = async (handler, consumeOptions) => {
        this.assertOpen();
        const consumption = consumer.consumeUntilCaughtUp(handler, consumeOptions);
        const tracked = consumption.then(() => undefined, () => undefined);
        this.replays.add(tracked);
        try {
          return await consumption;
        } finally {
          this.replays.delete(tracked);
        }
    };
    return { consumeUntilCaughtUp };
  }

  /**
   * Ends running replays (they reject with `eventlog.closed`), waits for appends in flight, then disconnects. Closing
   * twice is harmless.
   */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    this.closed = true;
    const closedError = new EventLogError('eventlog.closed', `Kafka event log ${this.topic} is closed`, {
      topic: this.topic,
    });
    for (const abort of this.activeReplays) abort(closedError);
    await Promise.all([...this.replays, ...this.appends]);
    await this.producer.disconnect().catch((error: unknown) => {
      this.logger.warn({ topic: this.topic, err: error }, 'could not disconnect the Kafka producer');
    });
    await this.admin.disconnect().catch((error: unknown) => {
      this.logger.warn({ topic: this.topic, err: error }, 'could not disconnect the Kafka admin client');
    });
  }

  private async fetchOffsets(): Promise<TopicPartitionOffsets[]> {
    try {
      return await fetchTopicOffsets(this.admin, this.topic);
    } catch (error) {
      throw asEventLogError(error, 'eventlog.unavailable', `cannot read the offsets of Kafka topic ${this.topic}`, {
        topic: this.topic,
      });
    }
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new EventLogError('eventlog.closed', `Kafka event log ${this.topic} is closed`, { topic: this.topic });
    }
  }
}
