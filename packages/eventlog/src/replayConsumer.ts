import { EventLogError } from './errors';
import type {
  ConsumeOptions, ConsumptionReport, EventLog, LogConsumer, LogRecord, PartitionHandler,
} from './port';

const DEFAULT_BATCH_SIZE = 10_000;

/**
 * The consumer of a log that has one reader at a time (embedded, in-memory): the only member of its group, it is
 * given every partition and reads from the handler's offsets to the end with `replay`.
 *
 * One batch is stored while the next is read and prepared: `replay` hands over batch n+1 as soon as the `batch` call
 * of n has started, n+1 is prepared, and only then does it wait for n to be stored. `batch` calls still run one after
 * another, in log order, so the handler's checkpoint never passes a record it has not stored.
 */
export class ReplayConsumer implements LogConsumer {
  private readonly batchSize: number;

  constructor(private readonly log: EventLog, readonly group: string, options: { batchSize?: number } = {}) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(this.batchSize) || this.batchSize < 1) {
      throw new EventLogError('eventlog.invalid_option', `batchSize must be a positive integer, got ${this.batchSize}`, { group });
    }
  }

  async consumeUntilCaughtUp<P>(handler: PartitionHandler<P>, _options: ConsumeOptions = {}): Promise<ConsumptionReport> {
    const partitions = await this.log.partitions();
    const from = await handler.assigned(partitions);
    let records = 0;
    let batches = 0;
    let storing: Promise<void> = Promise.resolve();
    try {
      await this.log.replay(async (batch) => {
        for (const [partition, run] of partitionRuns(batch)) {
          const prepared = handler.prepare ? await handler.prepare(partition, run) : (undefined as P);
          await storing;
          storing = handler.batch(partition, run, prepared).then(() => {
            records += run.length;
            batches += 1;
          });
          // A failed store stops the replay at the next batch's `await storing`, or is thrown after the replay.
          storing.catch(() => undefined);
        }
      }, { from, batchSize: this.batchSize });
      await storing;
    } catch (error) {
      await storing.catch(() => undefined);
      await handler.revoked(partitions).catch(() => undefined); // the handler's own error is the one to report
      throw error;
    }
    await handler.revoked(partitions);
    return { records, batches, partitions };
  }
}

/** Consecutive records of one partition, in order: a replay batch may hold several partitions, a handler call one. */
export function partitionRuns(batch: readonly LogRecord[]): Array<[number, LogRecord[]]> {
  const runs: Array<[number, LogRecord[]]> = [];
  let current: LogRecord[] | undefined;
  let partition = -1;
  for (const record of batch) {
    if (current === undefined || record.partition !== partition) {
      partition = record.partition;
      current = [];
      runs.push([partition, current]);
    }
    current.push(record);
  }
  return runs;
}
