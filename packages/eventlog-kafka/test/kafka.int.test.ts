/**
 * The Kafka adapter against a real broker (infra/kafka/start.sh; CARELEDGER_KAFKA_BROKERS overrides the address).
 * Every test uses its own freshly created topic and deletes it afterwards.
 */
import { randomUUID } from 'node:crypto';
import type { Admin } from 'kafkajs';
import { silentLogger, type Logger } from '@careledger/runtime';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventLogContract } from '@careledger/eventlog/contract';
import { EventLogError, type AppendRecord, type EventLog, type LogOffsets, type LogPosition, type LogRecord, type PartitionHandler } from '@careledger/eventlog';
import {
  createKafkaClient,
  createKafkaTopic,
  createKeyPartitioner,
  KafkaDeadLetterTopic,
  KafkaEventLog,
  type KafkaEventLogOptions,
} from '../src';

const brokers = (process.env.CARELEDGER_KAFKA_BROKERS ?? '127.0.0.1:19092').split(',').map((b) => b.trim());

let admin: Admin;
const topicsToDelete = new Set<string>();

beforeAll(async () => {
  admin = createKafkaClient({ brokers, kafkaLogLevel: 'error' }, silentLogger).admin();
  await admin.connect();
});

afterAll(async () => {
  await admin?.disconnect();
});

function freshTopic(prefix: string): string {
  const topic = `${prefix}-${randomUUID()}`;
  topicsToDelete.add(topic);
  return topic;
}

async function deleteTopics(): Promise<void> {
  const topics = [...topicsToDelete];
  topicsToDelete.clear();
  if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 15_000 });
}

eventLogContract('kafka', {
  groupName: () => `contract-group-${randomUUID()}`,
  async create() {
    const topic = freshTopic('contract');
    const options: KafkaEventLogOptions = { brokers, topic, partitions: 3, clientId: 'contract' };
    const log = await KafkaEventLog.open(options);
    return {
      log,
      reopen: () => KafkaEventLog.open(options),
      async cleanup() {
        await log.close();
        await deleteTopics();
      },
    };
  },
});

/** A real (silent) pino logger whose `warn` is observed. */
function spyLogger(): { logger: Logger; warn: ReturnType<typeof vi.fn> } {
  const logger = silentLogger.child({});
  const warn = vi.spyOn(logger, 'warn') as unknown as ReturnType<typeof vi.fn>;
  return { logger, warn };
}

async function readAll(log: EventLog, batchSize?: number): Promise<LogRecord[]> {
  const out: LogRecord[] = [];
  await log.replay(async (batch) => {
    out.push(...batch);
  }, batchSize === undefined ? {} : { batchSize });
  return out;
}

const positionId = (p: LogPosition): string => `${p.partition}:${p.offset}`;

function keyed(count: number, keys: number, tag: string, valueBytes = 0): AppendRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `E09000001:child${i % keys}`,
    value: `${tag}-${i}` + 'x'.repeat(valueBytes),
  }));
}

async function expectEventLogError(promise: Promise<unknown>, code: string): Promise<EventLogError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EventLogError);
  expect((error as EventLogError).code).toBe(code);
  return error as EventLogError;
}

describe('KafkaEventLog on a real broker', () => {
  const opened: Array<{ close(): Promise<void> }> = [];

  async function open(options: Partial<KafkaEventLogOptions> & { topic: string }): Promise<KafkaEventLog> {
    const log = await KafkaEventLog.open({ brokers, clientId: 'kafka-test', ...options });
    opened.push(log);
    return log;
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((log) => log.close()));
    await deleteTopics();
  });

  it('puts every record of a key in its murmur2 partition, in order, across several appends', async () => {
    const topic = freshTopic('kafka-keys');
    const log = await open({ topic, partitions: 6 });
    const partitionOf = createKeyPartitioner(topic, 6);
    const appended: AppendRecord[] = [];
    const positions: LogPosition[] = [];
    for (const call of ['a', 'b', 'c', 'd']) {
      const records = keyed(150, 25, call);
      appended.push(...records);
      positions.push(...(await log.append(records)));
    }
    appended.forEach((record, i) => expect(positions[i]!.partition).toBe(partitionOf(record.key)));
    expect(new Set(positions.map((p) => p.partition)).size).toBeGreaterThan(1);

    const replayed = await readAll(log, 50);
    for (const key of new Set(appended.map((r) => r.key))) {
      expect(replayed.filter((r) => r.key === key).map((r) => r.value)).toEqual(
        appended.filter((r) => r.key === key).map((r) => r.value),
      );
    }
  });

  it('returns from append the offsets replay reads, also when an append is split into several sends', async () => {
    const topic = freshTopic('kafka-offsets');
    // 100 records per send: the 1,000-record append is 10 sends. The 3 MB one-key append exceeds the topic's
    // max.message.bytes (1 MiB) for one partition, so it is split by bytes.
    const log = await open({ topic, partitions: 4, maxMessagesPerSend: 100 });
    const appended = [...keyed(1_000, 40, 'many'), ...keyed(30, 1, 'big', 100_000), ...keyed(7, 7, 'tail')];
    const positions = [
      ...(await log.append(appended.slice(0, 1_000))),
      ...(await log.append(appended.slice(1_000, 1_030))),
      ...(await log.append(appended.slice(1_030))),
    ];
    expect(new Set(positions.map(positionId)).size).toBe(appended.length);

    const replayed = await readAll(log, 64);
    expect(replayed).toHaveLength(appended.length);
    const byPosition = new Map(replayed.map((r) => [positionId(r), r]));
    appended.forEach((record, i) => {
      expect(byPosition.get(positionId(positions[i]!))).toEqual({ ...positions[i]!, ...record });
    });
    const ends = await log.endOffsets();
    for (const [partition, end] of ends) {
      expect(end).toBe(positions.filter((p) => p.partition === partition).length);
    }
  });

  it('reports the partition count a topic was created with, and warns when reopened with another', async () => {
    const topic = freshTopic('kafka-partitions');
    const log = await open({ topic, partitions: 5 });
    expect(await log.partitions()).toEqual([0, 1, 2, 3, 4]);
    expect([...(await log.endOffsets()).keys()]).toEqual([0, 1, 2, 3, 4]);
    expect(await createKafkaTopic(admin, topic, 5, 1)).toBe(false);

    const { logger, warn } = spyLogger();
    const reopened = await open({ topic, partitions: 3, logger });
    expect(reopened.partitionCount).toBe(5);
    expect(await reopened.partitions()).toEqual([0, 1, 2, 3, 4]);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ topic, expectedPartitions: 3, actualPartitions: 5 }),
      expect.stringContaining('has 5 partitions'),
    );
  });

  it('refuses to replay from offsets the topic does not hold (beyond the end, or deleted)', async () => {
    const topic = freshTopic('kafka-range');
    const log = await open({ topic, partitions: 1 });
    await log.append(keyed(10, 2, 'a'));
    await expectEventLogError(
      log.replay(async () => undefined, { from: new Map([[0, 11]]) }),
      'eventlog.offset_out_of_range',
    );
    await admin.fetchTopicMetadata({ topics: [topic] }); // kafkajs' deleteTopicRecords needs the metadata loaded
    await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '4' }] });
    await expectEventLogError(readAll(log), 'eventlog.offset_out_of_range');
    const rest: LogRecord[] = [];
    await log.replay(async (batch) => void rest.push(...batch), { from: new Map([[0, 4]]) });
    expect(rest.map((r) => r.offset)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('deletes its throwaway consumer group after a replay, also when onBatch throws (with its error)', async () => {
    const topic = freshTopic('kafka-groups');
    const clientId = `groups-${randomUUID()}`;
    const log = await open({ topic, partitions: 2, clientId });
    await log.append(keyed(20, 4, 'a'));
    expect(await readAll(log)).toHaveLength(20);
    const failure = new Error('projection failed');
    let calls = 0;
    await expect(
      log.replay(
        async () => {
          calls++;
          throw failure;
        },
        { batchSize: 3 },
      ),
    ).rejects.toBe(failure);
    expect(calls).toBe(1);
    const { groups } = await admin.listGroups();
    expect(groups.filter((g) => g.groupId.startsWith(`${clientId}-replay-`))).toEqual([]);
  });

  it('delivers every record exactly once through rebalances of its consumer group', async () => {
    const topic = freshTopic('kafka-rebalance');
    const clientId = `rebalance-${randomUUID()}`;
    const log = await open({ topic, partitions: 3, clientId });
    const appended = keyed(6_000, 30, 'a');
    const positions = await log.append(appended);

    // Mid-replay a second member joins the throwaway group (taking partitions away) and leaves once it has joined
    // (giving them back). kafkajs resets positions on each rejoin: the replay must re-seek, not repeat or skip.
    // The replay's member notices a rebalance at its next heartbeat (every 3 s), so onBatch is slow until then.
    const kafka = createKafkaClient({ brokers, kafkaLogLevel: 'nothing' }, silentLogger);
    let intruder: ReturnType<typeof kafka.consumer> | undefined;
    let intruderJoined = false;
    let intruderGone: Promise<void> | undefined;
    let gone = false;
    const delivered: LogRecord[] = [];
    await log.replay(
      async (batch) => {
        delivered.push(...batch);
        if (!intruder) {
          const { groups } = await admin.listGroups();
          const groupId = groups.find((g) => g.groupId.startsWith(`${clientId}-replay-`))!.groupId;
          const consumer = (intruder = kafka.consumer({ groupId, maxWaitTimeInMs: 100 }));
          await consumer.connect();
          await consumer.subscribe({ topics: [topic] });
          // run() resolves once it has joined, which needs the replay's member to rejoin too: not awaited here.
          intruderGone = consumer
            .run({ autoCommit: false, eachBatch: async () => undefined })
            .then(() => {
              intruderJoined = true;
              return consumer.disconnect();
            })
            .then(() => void (gone = true));
        }
        if (!gone) await new Promise((resolve) => setTimeout(resolve, 100));
      },
      { batchSize: 50 },
    );
    await intruderGone;
    expect(intruderJoined).toBe(true);
    expect(delivered).toHaveLength(appended.length);
    const byPosition = new Map(delivered.map((r) => [positionId(r), r]));
    expect(byPosition.size).toBe(appended.length);
    appended.forEach((record, i) => expect(byPosition.get(positionId(positions[i]!))).toMatchObject(record));
  });

  it('ends a running replay on close, with eventlog.closed', async () => {
    const topic = freshTopic('kafka-close');
    const log = await open({ topic, partitions: 1 });
    await log.append(keyed(10, 1, 'a'));
    let closing: Promise<void> | undefined;
    const delivered: LogRecord[] = [];
    const replay = log.replay(
      async (batch) => {
        delivered.push(...batch);
        closing ??= log.close();
      },
      { batchSize: 2 },
    );
    await expectEventLogError(replay, 'eventlog.closed');
    await closing;
    expect(delivered).toHaveLength(2);
    await expectEventLogError(log.append(keyed(1, 1, 'b')), 'eventlog.closed');
  });

  it('refuses a record larger than the topic accepts, before sending any of the append', async () => {
    const topic = freshTopic('kafka-large');
    const log = await open({ topic, partitions: 2 });
    const error = await expectEventLogError(
      log.append([...keyed(3, 3, 'small'), { key: 'E09000001:huge', value: 'x'.repeat(2 * 1024 * 1024) }]),
      'eventlog.record_too_large',
    );
    expect(error.context).toMatchObject({ index: 3 });
    expect([...(await log.endOffsets()).values()]).toEqual([0, 0]);
  });

  it('publishes dead letters durably, readable back as an event log', async () => {
    const topic = freshTopic('kafka-dlt');
    const deadLetters = await KafkaDeadLetterTopic.open({ brokers, topic, partitions: 2, clientId: 'kafka-test' });
    opened.push(deadLetters);
    const refused = keyed(12, 5, 'refused');
    const positions = await deadLetters.publish(refused);
    expect(positions).toHaveLength(12);
    const log = await open({ topic, partitions: 2 });
    const replayed = await readAll(log);
    const byPosition = new Map(replayed.map((r) => [positionId(r), r]));
    refused.forEach((record, i) => expect(byPosition.get(positionId(positions[i]!))).toMatchObject(record));
  });
  it('says Kafka cannot be reached, as an expected unavailable error, when no broker answers', async () => {
    const error = await KafkaEventLog.open({ brokers: ['127.0.0.1:1'], topic: `unreachable-${randomUUID()}`, clientId: 'kafka-test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventLogError);
    expect(error).toMatchObject({ code: 'eventlog.unavailable', kind: 'unavailable', expected: true, context: { brokers: ['127.0.0.1:1'] } });
    expect((error as Error).message).toContain('Kafka at 127.0.0.1:1 cannot be reached');
  }, 60_000);

  it('consumer group: reads from the handler\'s offsets even when Kafka committed further (the store was rebuilt)', async () => {
    const topic = freshTopic('kafka-group-ahead');
    const log = await open({ topic, partitions: 3 });
    const appended = keyed(30, 7, 'a');
    await log.append(appended);
    const group = `ahead-${randomUUID()}`;
    const first = durableHandler(new Map());
    expect((await log.consumer(group).consumeUntilCaughtUp(first.handler)).records).toBe(30);
    // Kafka has committed the end for this group; a handler whose store is empty again must still get everything.
    const rebuilt = durableHandler(new Map());
    const report = await log.consumer(group, { batchSize: 4 }).consumeUntilCaughtUp(rebuilt.handler);
    expect(report.records).toBe(30);
    expect(rebuilt.folded.map(positionId).sort()).toEqual(first.folded.map(positionId).sort());
  });

  it('consumer group: two members share the partitions and between them consume every record exactly once', async () => {
    const topic = freshTopic('kafka-group-pair');
    const writer = await open({ topic, partitions: 4 });
    const positions = await writer.append(keyed(400, 40, 'a'));
    const group = `pair-${randomUUID()}`;
    const shared = durableHandler(new Map());
    const [a, b] = [await open({ topic }), await open({ topic })];
    const reports = await Promise.all([a, b].map((log) => log.consumer(group, { batchSize: 25 }).consumeUntilCaughtUp(shared.handler)));
    expect(reports[0]!.records + reports[1]!.records).toBe(400);
    expect(shared.folded.map(positionId).sort()).toEqual(positions.map(positionId).sort());
    expect(new Set(shared.folded.map(positionId)).size).toBe(400);
  }, 120_000);

  it('consumer: close() ends a consumption in progress with eventlog.closed', async () => {
    const topic = freshTopic('kafka-consume-close');
    const log = await open({ topic, partitions: 1 });
    await log.append(keyed(10, 1, 'a'));
    let closing: Promise<void> | undefined;
    const store = durableHandler(new Map(), async () => { closing ??= log.close(); });
    await expectEventLogError(log.consumer(`close-${randomUUID()}`, { batchSize: 2 }).consumeUntilCaughtUp(store.handler), 'eventlog.closed');
    await closing;
  });
});

/** A handler whose "durable store" is a map shared by every member using it (as the partition databases are). */
function durableHandler(offsets: Map<number, number>, afterBatch?: () => Promise<void>): { folded: LogRecord[]; handler: PartitionHandler } {
  const folded: LogRecord[] = [];
  const handler: PartitionHandler = {
    assigned: async (partitions): Promise<LogOffsets> => new Map(partitions.filter((p) => offsets.has(p)).map((p) => [p, offsets.get(p)!])),
    batch: async (partition, records) => {
      expect(records[0]!.offset).toBe(offsets.get(partition) ?? 0);
      folded.push(...records);
      offsets.set(partition, records[records.length - 1]!.offset + 1);
      await afterBatch?.();
    },
    revoked: async () => {},
  };
  return { folded, handler };
}
