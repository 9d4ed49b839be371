/**
 * The EventLog port: an ordered, durable, partitioned log of case events. The embedded on-disk log (one partition)
 * is the default; Kafka is the scale-out adapter. Every adapter passes the contract suite in ./contract.ts.
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

export interface EventLog {
  /** 'embedded' or 'kafka'. */
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
   * batch, so a consumer that commits its own offsets inside `onBatch` never skips or repeats a record.
   */
  replay(onBatch: (batch: readonly LogRecord[]) => Promise<void>, options?: ReplayOptions): Promise<void>;
  close(): Promise<void>;
}

export class EventLogError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly context: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EventLogError';
  }
}
