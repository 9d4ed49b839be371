/**
 * An EventLog held in memory, for fast tests of what sits on the port (ingest, the projector) with no temp folders.
 * It has the other adapters' semantics: N partitions, a key always in the same partition (a hash of its UTF-8 bytes),
 * offsets from 0 per partition, replay bounded by the end offsets at its start, one consumer given every partition,
 * errors with the same codes. `storage` outlives `close()`, so a test can "reopen" the same log.
 */
import { EventLogError } from './errors';
import type {
  AppendRecord, ConsumerOptions, EventLog, LogConsumer, LogPosition, LogRecord, ReplayOptions,
} from './port';
import { ReplayConsumer } from './replayConsumer';

const DEFAULT_BATCH_SIZE = 10_000;

/** The records of an in-memory log, by partition; shared by every log opened on it. */
export class InMemoryLogStorage {
  readonly partitions: ReadonlyArray<LogRecord[]>;

  constructor(partitionCount = 1) {
    if (!Number.isSafeInteger(partitionCount) || partitionCount < 1) {
      throw new EventLogError('eventlog.invalid_option', `partitions must be a positive integer, got ${partitionCount}`);
    }
    this.partitions = Array.from({ length: partitionCount }, () => []);
  }
}

export interface InMemoryEventLogOptions {
  /** Partition count of a new storage (default 1); ignored when `storage` is given. */
  readonly partitions?: number;
  /** An existing log's storage, to open that log again. */
  readonly storage?: InMemoryLogStorage;
}

export class InMemoryEventLog implements EventLog {
  readonly kind = 'in-memory';
  readonly storage: InMemoryLogStorage;
  private closed = false;

  constructor(options: InMemoryEventLogOptions = {}) {
    this.storage = options.storage ?? new InMemoryLogStorage(options.partitions ?? 1);
  }

  async append(records: readonly AppendRecord[]): Promise<LogPosition[]> {
    this.assertOpen();
    // Checked before anything is stored, so a refused append leaves no prefix behind.
    records.forEach((record, index) => {
      if (typeof record?.key !== 'string' || typeof record.value !== 'string') {
        throw new EventLogError('eventlog.invalid_record', `record ${index}: key and value must be strings`, { index });
      }
    });
    return records.map(({ key, value }) => {
      const partition = partitionOfKey(key, this.storage.partitions.length);
      const stored = this.storage.partitions[partition]!;
      const offset = stored.length;
      stored.push({ partition, offset, key, value });
      return { partition, offset };
    });
  }

  async partitions(): Promise<number[]> {
    this.assertOpen();
    return this.storage.partitions.map((_, partition) => partition);
  }

  async endOffsets(): Promise<Map<number, number>> {
    this.assertOpen();
    return new Map(this.storage.partitions.map((records, partition) => [partition, records.length]));
  }

  async replay(onBatch: (batch: readonly LogRecord[]) => Promise<void>, options: ReplayOptions = {}): Promise<void> {
    this.assertOpen();
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
      throw new EventLogError('eventlog.invalid_option', `batchSize must be a positive integer, got ${batchSize}`);
    }
    // Snapshot, and range checks for every partition before the first batch (as the other adapters do).
    const ranges = this.storage.partitions.map((records, partition) => {
      const from = options.from?.get(partition) ?? 0;
      if (!Number.isSafeInteger(from) || from < 0 || from > records.length) {
        throw new EventLogError(
          'eventlog.offset_out_of_range',
          `replay of the in-memory log from offset ${from} in partition ${partition}, but it ends at offset ${records.length}`,
          { partition, from, endOffset: records.length },
        );
      }
      return { records, from, end: records.length };
    });
    for (const { records, from, end } of ranges) {
      for (let start = from; start < end; start += batchSize) {
        this.assertOpen();
        await onBatch(records.slice(start, Math.min(start + batchSize, end)));
      }
    }
  }

  consumer(group: string, options: ConsumerOptions = {}): LogConsumer {
    this.assertOpen();
    return new ReplayConsumer(this, group, options);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventLogError('eventlog.closed', 'the in-memory event log is closed');
  }
}

/** FNV-1a over the key's UTF-8 bytes: stable across runs and processes, like the other adapters' partitioners. */
export function partitionOfKey(key: string, partitionCount: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % partitionCount;
}
