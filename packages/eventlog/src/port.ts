/**
 * The EventLog port: an ordered, durable, partitioned log of case events. Adapters live in their own packages
 * (`@careledger/eventlog-embedded`, the default; `@careledger/eventlog-kafka`, the scale-out one) and this package
 * holds an in-memory one; every adapter passes the contract suite in ./contract.ts.
 *
 * Order is guaranteed within a partition; records with the same key always go to the same partition, so one
 * child's events (key `laCode:childId`) are read back in the order they were appended.
 */
export interface AppendRecord {
  /** Partition key: `laCode:childId`. */
  readonly key: string;
  /** The serialised event (UTF-8 JSON). */
  readonly value: string;
}

export interface LogPosition {
  readonly partition: number;
  readonly offset: number;
}

export interface LogRecord extends LogPosition {
  readonly key: string;
  readonly value: string;
}

/** Next offset to read, per partition. A partition missing from the map is read from 0. */
export type LogOffsets = ReadonlyMap<number, number>;

export interface ReplayOptions {
  /** Where to start, per partition (the next offset to read). Defaults to the beginning. */
  readonly from?: LogOffsets;
  /** Maximum records passed to one call of `onBatch`. */
  readonly batchSize?: number;
}

export interface ConsumerOptions {
  /** Maximum records passed to one `PartitionHandler.batch` call. */
  readonly batchSize?: number;
}

export interface EventLog {
  /** 'embedded', 'kafka' or 'in-memory'. */
  readonly kind: string;
  /**
   * Appends records and resolves only when they are durable (embedded: fsynced; Kafka: acks=all).
   * Returns each record's position, in input order.
   */
  append(records: readonly AppendRecord[]): Promise<LogPosition[]>;
  /** The partitions of this log, in ascending order. */
  partitions(): Promise<number[]>;
  /** Per partition, the offset the next appended record will get (the high watermark). */
  endOffsets(): Promise<Map<number, number>>;
  /**
   * Reads every record from `from` up to the end offsets as they stood when the call began, in batches. Within a
   * batch and across batches, records of one partition are in offset order. `onBatch` is awaited before the next
   * batch, so a reader that keeps its own position inside `onBatch` never skips or repeats a record.
   */
  replay(onBatch: (batch: readonly LogRecord[]) => Promise<void>, options?: ReplayOptions): Promise<void>;
  /**
   * A member of consumer group `group`. It stores its own offsets (the handler's job, beside what it folds), never
   * the log's: the handler's checkpoint is the truth. Embedded and in-memory logs have one member, given every
   * partition; on Kafka the group's members share the partitions and rebalance as members come and go.
   */
  consumer(group: string, options?: ConsumerOptions): LogConsumer;
  close(): Promise<void>;
}

export interface LogConsumer {
  /**
   * Consumes the partitions it is given until each reached the end offset it had when the call began; then revokes
   * them all and resolves. If the handler throws, the partitions are revoked too and the call rejects with the
   * handler's error (nothing after its last resolved batch counts as consumed).
   */
  consumeUntilCaughtUp<P = undefined>(handler: PartitionHandler<P>, options?: ConsumeOptions): Promise<ConsumptionReport>;
}

export interface ConsumeOptions {
  /** Give up (rejecting with `eventlog.consume_timeout`) if not caught up by then. Default 300 s. */
  readonly timeoutMs?: number;
}

/**
 * What a consumer drives. Calls of `assigned`, `batch` and `revoked` never overlap, so a rebalance never releases a
 * partition while a batch is being stored.
 */
export interface PartitionHandler<P = undefined> {
  /** These partitions are now this member's; returns the next offset to read for each (its durable checkpoint). */
  assigned(partitions: readonly number[]): Promise<LogOffsets>;
  /**
   * Optional work on a batch before it is stored, with no side effects (decoding, validating). The consumer may run
   * it for the next batch while the previous `batch` call is still storing, so CPU work overlaps the store's commit.
   * A handler without it gets `undefined` as `prepared`.
   */
  prepare?(partition: number, records: readonly LogRecord[]): P | Promise<P>;
  /**
   * Records of ONE partition, in offset order, starting at the checkpoint. Resolve only when the handler has
   * durably stored what it folded with its next offset.
   */
  batch(partition: number, records: readonly LogRecord[], prepared: P): Promise<void>;
  /** The partitions leave this member (rebalance, or the end of consumeUntilCaughtUp): release them. */
  revoked(partitions: readonly number[]): Promise<void>;
}

export interface ConsumptionReport {
  /** Records handed to `batch` calls that resolved. */
  readonly records: number;
  readonly batches: number;
  /** Every partition this member was assigned during the call, ascending. */
  readonly partitions: readonly number[];
}
