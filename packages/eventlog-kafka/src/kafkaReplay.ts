/**
 * Bounded replay of a topic with kafkajs, which has no manual partition assignment: a consumer in a throwaway group
 * (`${clientId}-replay-${uuid}`), subscribed fromBeginning, is the only member, so it is assigned every partition. On
 * every GROUP_JOIN (the first one, and any rejoin after a rebalance or a crash-restart, which reset kafkajs' positions)
 * each unfinished partition is seeked to the next offset to deliver and each finished one is paused. Nothing is
 * committed to Kafka (`autoCommit: false`); the positions live here. When every partition has reached its end offset
 * as captured before the replay began, the consumer is disconnected and the group deleted.
 */
import { randomUUID } from 'node:crypto';
import type { Admin, Consumer, EachBatchPayload, Kafka as KafkaClient } from 'kafkajs';
import type { Logger } from '@careledger/runtime';
import { EventLogError, type LogRecord } from '@careledger/eventlog';
import { asEventLogError, kafkaErrorType } from './kafkaClient';

export interface ReplayTuning {
  /** Fetch size per partition. Default 10 MiB. */
  readonly maxBytesPerPartition?: number;
  /** Fetch size per request. Default 50 MiB (the broker caps it at its fetch.max.bytes, 55 MiB by default). */
  readonly maxBytes?: number;
  /** Longest the broker holds a fetch that has no data. Default 100 ms, so the tail and shutdown are quick. */
  readonly maxWaitTimeInMs?: number;
  /**
   * A replay that gets no batch for this long (time spent inside `onBatch` does not count) fails with
   * `eventlog.replay_stalled` instead of hanging. Default 30 s.
   */
  readonly stallTimeoutMs?: number;
}

export interface PartitionRange {
  /** The next offset to deliver. */
  next: number;
  /** The end offset captured when the replay began (exclusive). */
  readonly end: number;
}

export interface ReplayRun {
  readonly kafka: KafkaClient;
  readonly admin: Admin;
  readonly topic: string;
  readonly clientId: string;
  readonly logger: Logger;
  readonly ranges: ReadonlyMap<number, PartitionRange>;
  readonly batchSize: number;
  readonly onBatch: (batch: readonly LogRecord[]) => Promise<void>;
  readonly tuning: ReplayTuning;
  /** Lets the owner (close()) end the replay early with an error. */
  readonly registerAbort: (abort: (error: Error) => void) => () => void;
}

const MIB = 1024 * 1024;

/** Runs the consumer until every range is done. Rejects with onBatch's own error if onBatch throws. */
export async function runReplay(run: ReplayRun): Promise<void> {
  const { kafka, topic, logger, ranges, batchSize, onBatch } = run;
  const stallTimeoutMs = run.tuning.stallTimeoutMs ?? 30_000;
  const groupId = `${run.clientId}-replay-${randomUUID()}`;
  let remaining = [...ranges.values()].filter((range) => range.next < range.end).length;
  if (remaining === 0) return;

  let settled = false;
  let failure: { error: unknown } | undefined;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const finish = (failed?: { error: unknown }): void => {
    if (settled) return;
    settled = true;
    failure = failed;
    resolveDone();
  };
  const fail = (error: unknown): void => finish({ error });
  const unregisterAbort = run.registerAbort(fail);

  let lastProgress = Date.now();
  let inHandler = false;
  const watchdog = setInterval(() => {
    if (inHandler || Date.now() - lastProgress <= stallTimeoutMs) return;
    const pending = [...ranges].filter(([, r]) => r.next < r.end).map(([partition, r]) => ({ partition, ...r }));
    fail(
      new EventLogError(
        'eventlog.replay_stalled',
        `replay of Kafka topic ${topic} made no progress for ${stallTimeoutMs} ms (consumer group ${groupId}); unfinished partitions: ${JSON.stringify(pending)}`,
        { topic, groupId, pending },
      ),
    );
  }, Math.min(1_000, stallTimeoutMs));
  watchdog.unref();

  const consumer: Consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    maxBytesPerPartition: run.tuning.maxBytesPerPartition ?? 10 * MIB,
    maxBytes: run.tuning.maxBytes ?? 50 * MIB,
    minBytes: 1,
    maxWaitTimeInMs: run.tuning.maxWaitTimeInMs ?? 100,
    // A crash-restart after the replay ended would leave a zombie consumer behind.
    retry: { restartOnFailure: async () => !settled },
  });

  let joins = 0;
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
    // Called synchronously inside kafkajs' join, before fetching starts: seek/pause take effect for the first fetch.
    lastProgress = Date.now();
    joins++;
    const positions = Object.fromEntries([...ranges].map(([partition, r]) => [partition, `${r.next}/${r.end}`]));
    const assigned = payload.memberAssignment[topic];
    logger.debug({ topic, groupId, joins, assigned, positions }, 'replay consumer joined');
    try {
      for (const [partition, range] of ranges) {
        if (range.next >= range.end) consumer.pause([{ topic, partitions: [partition] }]);
        else consumer.seek({ topic, partition, offset: String(range.next) });
      }
    } catch (error) {
      fail(asEventLogError(error, 'eventlog.replay_failed', `cannot position the replay of ${topic}`, { topic }));
    }
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (payload.restart && !settled) {
      logger.warn({ topic, groupId, err: payload.error }, 'Kafka replay consumer crashed; kafkajs restarts it');
      return;
    }
    fail(
      asEventLogError(payload.error, 'eventlog.replay_failed', `replay consumer of Kafka topic ${topic} crashed`, {
        topic,
        groupId,
      }),
    );
  });

  const eachBatch = async ({ batch, heartbeat, pause, isRunning, isStale }: EachBatchPayload): Promise<void> => {
    if (settled) return;
    const range = ranges.get(batch.partition);
    if (range === undefined || range.next >= range.end) {
      pause();
      return;
    }
    lastProgress = Date.now();
    const records: LogRecord[] = [];
    let skipped = 0;
    for (const message of batch.messages) {
      const offset = Number(message.offset);
      if (offset < range.next) {
        skipped++; // already delivered (a re-fetch after a rejoin) or before the start
        continue;
      }
      if (offset >= range.end) break; // appended after the replay began
      records.push({
        partition: batch.partition,
        offset,
        key: message.key?.toString('utf8') ?? '',
        value: message.value?.toString('utf8') ?? '',
      });
    }
    if (skipped > 0) {
      logger.debug({ topic, partition: batch.partition, skipped }, 'replay skipped records before its position');
    }
    for (let i = 0; i < records.length; i += batchSize) {
      // A pending seek (after a rejoin) makes this batch stale: stop, it is fetched again from range.next.
      if (settled || !isRunning() || isStale()) return;
      const slice = records.slice(i, i + batchSize);
      inHandler = true;
      try {
        await onBatch(slice);
      } catch (error) {
        fail(error); // rethrown as is by runReplay
        return;
      } finally {
        inHandler = false;
        lastProgress = Date.now();
      }
      range.next = slice[slice.length - 1]!.offset + 1;
      await heartbeat();
    }
    // Offsets up to the batch's last one that are not records (none, without transactions or compaction) are done too.
    const lastOffset = Number(batch.lastOffset());
    if (Number.isSafeInteger(lastOffset)) range.next = Math.max(range.next, Math.min(lastOffset + 1, range.end));
    if (range.next >= range.end) {
      pause();
      remaining--;
      if (remaining === 0) finish();
    }
  };

  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    // run() resolves after the first join; a failure then surfaces as CRASH. Either way `done` decides.
    consumer
      // eachBatchAutoResolve stays on: kafkajs' next fetch position is the last resolved offset + 1.
      .run({ autoCommit: false, partitionsConsumedConcurrently: 1, eachBatch })
      .catch((error: unknown) =>
        fail(asEventLogError(error, 'eventlog.replay_failed', `cannot start replay of ${topic}`, { topic })),
      );
    await done;
  } catch (error) {
    fail(asEventLogError(error, 'eventlog.unavailable', `cannot start replay of Kafka topic ${topic}`, { topic }));
  } finally {
    clearInterval(watchdog);
    unregisterAbort();
    await consumer.disconnect().catch((error: unknown) => {
      logger.warn({ topic, groupId, err: error }, 'could not disconnect the Kafka replay consumer');
    });
    await deleteReplayGroup(run.admin, groupId, logger);
  }
  if (failure) throw failure.error;
}

/** Deletes a throwaway consumer group so they do not pile up; failures only warn (an empty group expires anyway). */
async function deleteReplayGroup(admin: Admin, groupId: string, logger: Logger): Promise<void> {
  try {
    await admin.deleteGroups([groupId]);
  } catch (error) {
    const groups = (error as { groups?: Array<{ error?: unknown }> }).groups ?? [];
    if (groups.length > 0 && groups.every((g) => kafkaErrorType(g.error) === 'GROUP_ID_NOT_FOUND')) return;
    logger.warn({ groupId, err: error }, 'could not delete the throwaway Kafka replay consumer group');
  }
}
