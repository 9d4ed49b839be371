/**
 * Durable, keyed appends through an idempotent kafkajs producer, returning each record's (partition, offset).
 *
 * How offsets are known. Each record's partition is computed here, with kafkajs' DefaultPartitioner (murmur2 of the
 * key modulo the partition count, the same as the Java client), and set on the message explicitly. kafkajs puts all
 * messages of one partition in one `send` into a single record batch, in the order given, and the broker assigns a
 * batch contiguous offsets; the produce response gives its `baseOffset`. So the i-th message of partition p in one
 * send has offset `baseOffset(p) + i`. The idempotent producer keeps this true across retries (a resent batch is
 * de-duplicated and answered with its original offsets). Not true with transactions or compression-by-broker
 * rewrites, neither of which is used. The kafka tests verify it by replaying.
 *
 * Batching. One append is split, in input order, into sends of at most `maxMessages` records and `maxBytes` bytes,
 * and no partition's share of a send may exceed the topic's `max.message.bytes` (the broker refuses a larger record
 * batch with MESSAGE_TOO_LARGE). Sends of one append go one after another; if one fails, the earlier ones are
 * durable (a prefix of the append may be in the log).
 */
import type { Kafka as KafkaClient, Message, PartitionMetadata, Producer, RecordMetadata } from 'kafkajs';
import { EventLogError, type AppendRecord, type LogPosition } from '@careledger/eventlog';
import { asEventLogError, Partitioners } from './kafkaClient';

/** Records per send. */
export const DEFAULT_MAX_MESSAGES_PER_SEND = 5_000;
/** Bytes (estimated, uncompressed) per send. */
export const DEFAULT_MAX_BYTES_PER_SEND = 8 * 1024 * 1024;
/** A record's size on the wire beyond its key and value, at most (varint lengths, attributes, deltas, headers). */
const RECORD_OVERHEAD_BYTES = 32;
/** Record batch header (v2) plus margin. */
const BATCH_OVERHEAD_BYTES = 128;

export interface AppenderLimits {
  readonly maxMessages: number;
  readonly maxBytes: number;
  /** Largest record batch the topic accepts (`max.message.bytes`). */
  readonly maxPartitionBytes: number;
}

export interface ProducerSettings {
  /** Broker-side wait for acks=all, ms (produce request `timeout`). Default 30 s. */
  readonly ackTimeoutMs?: number;
  /**
   * An append that has not been acknowledged after this long rejects with `eventlog.append_timeout` (its outcome is
   * unknown: kafkajs retries an idempotent send forever, so the records may still land). Default 120 s, like the
   * Java client's delivery.timeout.ms.
   */
  readonly appendTimeoutMs?: number;
}

/** The producer settings every careledger producer uses: idempotent, one request in flight, default partitioner. */
export function createIdempotentProducer(kafka: KafkaClient): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    // Explicit, so kafkajs does not warn about the v2 partitioner change; partitions are set per message anyway.
    createPartitioner: Partitioners.DefaultPartitioner,
    // retries: left to kafkajs, which uses unlimited retries for an idempotent producer (limiting them logs a warning).
  });
}

/** The partition kafkajs' DefaultPartitioner (Java-compatible murmur2) gives `key` on a topic of `partitionCount`. */
export function createKeyPartitioner(topic: string, partitionCount: number): (key: string) => number {
  const partitioner = Partitioners.DefaultPartitioner();
  const partitionMetadata: PartitionMetadata[] = Array.from({ length: partitionCount }, (_, partitionId) => ({
    partitionErrorCode: 0,
    partitionId,
    leader: 0,
    replicas: [0],
    isr: [0],
  }));
  return (key) => partitioner({ topic, partitionMetadata, message: { key, value: null } });
}

/** Estimated bytes of one record in a record batch. */
export function recordBytes(record: AppendRecord): number {
  return Buffer.byteLength(record.key, 'utf8') + Buffer.byteLength(record.value, 'utf8') + RECORD_OVERHEAD_BYTES;
}

/**
 * Splits records (with their partitions and sizes) into consecutive [start, end) ranges that respect `limits`.
 * Throws `eventlog.record_too_large` before anything is sent if one record alone exceeds a partition's batch limit.
 */
export function planSends(
  partitions: readonly number[],
  sizes: readonly number[],
  limits: AppenderLimits,
): Array<[start: number, end: number]> {
  const partitionBudget = limits.maxPartitionBytes - BATCH_OVERHEAD_BYTES;
  sizes.forEach((size, index) => {
    if (size > partitionBudget || size > limits.maxBytes) {
      throw new EventLogError(
        'eventlog.record_too_large',
        `record ${index}: ~${size} bytes, more than the topic accepts in one record batch (max.message.bytes ${limits.maxPartitionBytes})`,
        { index, bytes: size, maxMessageBytes: limits.maxPartitionBytes },
      );
    }
  });
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  let perPartition = new Map<number, number>();
  for (let i = 0; i < sizes.length; i++) {
    const size = sizes[i]!;
    const partition = partitions[i]!;
    const partitionBytes = perPartition.get(partition) ?? 0;
    const full =
      i - start >= limits.maxMessages || bytes + size > limits.maxBytes || partitionBytes + size > partitionBudget;
    if (full && i > start) {
      ranges.push([start, i]);
      start = i;
      bytes = 0;
      perPartition = new Map();
    }
    bytes += size;
    perPartition.set(partition, (perPartition.get(partition) ?? 0) + size);
  }
  if (start < sizes.length) ranges.push([start, sizes.length]);
  return ranges;
}

/**
 * Positions of one send's messages from the produce response: per partition, baseOffset + index within that
 * partition's messages of the send.
 */
export function positionsFromMetadata(
  topic: string,
  partitions: readonly number[],
  metadata: readonly RecordMetadata[],
): LogPosition[] {
  const base = new Map<number, number>();
  for (const entry of metadata) {
    if (entry.topicName !== topic) continue;
    if (entry.errorCode !== 0 || entry.baseOffset === undefined || base.has(entry.partition)) {
      throw new EventLogError(
        'eventlog.append_unverified',
        `unexpected produce response for ${topic}/${entry.partition}: ${JSON.stringify(entry)}`,
        { topic, partition: entry.partition },
      );
    }
    base.set(entry.partition, Number(entry.baseOffset));
  }
  const index = new Map<number, number>();
  return partitions.map((partition) => {
    const baseOffset = base.get(partition);
    if (baseOffset === undefined || !Number.isSafeInteger(baseOffset) || baseOffset < 0) {
      throw new EventLogError(
        'eventlog.append_unverified',
        `no base offset for ${topic}/${partition} in the produce response`,
        { topic, partition },
      );
    }
    const i = index.get(partition) ?? 0;
    index.set(partition, i + 1);
    return { partition, offset: baseOffset + i };
  });
}

export class KafkaAppender {
  private readonly partitionOf: (key: string) => number;
  private readonly ackTimeoutMs: number;
  private readonly appendTimeoutMs: number;

  constructor(
    private readonly producer: Producer,
    readonly topic: string,
    readonly partitionCount: number,
    private readonly limits: AppenderLimits,
    settings: ProducerSettings = {},
  ) {
    this.partitionOf = createKeyPartitioner(topic, partitionCount);
    this.ackTimeoutMs = settings.ackTimeoutMs ?? 30_000;
    this.appendTimeoutMs = settings.appendTimeoutMs ?? 120_000;
  }

  /** Sends `records` with acks=all and resolves with their positions, in input order. */
  async append(records: readonly AppendRecord[]): Promise<LogPosition[]> {
    if (records.length === 0) return [];
    const partitions: number[] = new Array(records.length);
    const sizes: number[] = new Array(records.length);
    records.forEach((record, i) => {
      if (typeof record?.key !== 'string' || typeof record.value !== 'string') {
        throw new EventLogError('eventlog.invalid_record', `record ${i}: key and value must be strings`, { index: i });
      }
      partitions[i] = this.partitionOf(record.key);
      sizes[i] = recordBytes(record);
    });
    const ranges = planSends(partitions, sizes, this.limits);

    const positions: LogPosition[] = [];
    for (const [start, end] of ranges) {
      const messages: Message[] = [];
      for (let i = start; i < end; i++) {
        messages.push({ key: records[i]!.key, value: records[i]!.value, partition: partitions[i]! });
      }
      const metadata = await this.send(messages, positions.length, records.length);
      positions.push(...positionsFromMetadata(this.topic, partitions.slice(start, end), metadata));
    }
    return positions;
  }

  private async send(messages: Message[], durable: number, total: number): Promise<RecordMetadata[]> {
    const context = { topic: this.topic, records: total, durableRecords: durable };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new EventLogError(
            'eventlog.append_timeout',
            `append to Kafka topic ${this.topic} not acknowledged within ${this.appendTimeoutMs} ms; its outcome is unknown (records from ${durable} on may or may not be written)`,
            context,
          ),
        );
      }, this.appendTimeoutMs);
    });
    try {
      return await Promise.race([
        this.producer.send({ topic: this.topic, messages, acks: -1, timeout: this.ackTimeoutMs }),
        timeout,
      ]);
    } catch (error) {
      throw asEventLogError(
        error,
        'eventlog.append_failed',
        `append to Kafka topic ${this.topic} failed (the first ${durable} of ${total} records are durable; the rest may or may not be written)`,
        context,
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
