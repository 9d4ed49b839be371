/**
 * The persisted ingest index over a real Kafka topic (broker at 127.0.0.1:19092, or CARELEDGER_KAFKA_BROKERS).
 * Every test uses fresh topics and deletes them afterwards.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { streamKey, type CaseEvent } from '@careledger/events';
import type { EventLog, LogRecord, ReplayOptions } from '@careledger/eventlog';
import { createKafkaClient, KafkaDeadLetterTopic, KafkaEventLog } from '@careledger/eventlog-kafka';
import { silentLogger } from '@careledger/runtime';
import { IngestService, type DeadLetterStore } from '../src';

const brokers = (process.env.CARELEDGER_KAFKA_BROKERS ?? '127.0.0.1:19092').split(',').map((b) => b.trim());
// kafkajs is the Kafka adapter's dependency, not ingest's: its admin type is taken from the adapter's client.
let admin: ReturnType<ReturnType<typeof createKafkaClient>['admin']>;
let dir: string;
const topics: string[] = [];
const toClose: { close(): unknown }[] = [];

beforeAll(async () => {
  admin = createKafkaClient({ brokers, kafkaLogLevel: 'error' }, silentLogger).admin();
  await admin.connect();
});
afterAll(async () => {
  await admin?.disconnect();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-ingest-kafka-'));
});
afterEach(async () => {
  for (const item of toClose.splice(0).reverse()) await item.close();
  if (topics.length > 0) await admin.deleteTopics({ topics: topics.splice(0), timeout: 15_000 });
  rmSync(dir, { recursive: true, force: true });
});

function freshTopic(prefix: string): string {
  const topic = `${prefix}-${randomUUID()}`;
  topics.push(topic);
  return topic;
}

async function openLog(topic: string, partitions = 3): Promise<KafkaEventLog> {
  const log = await KafkaEventLog.open({ brokers, topic, partitions, clientId: 'ingest-index-test' });
  toClose.push(log);
  return log;
}

const ndjson = (events: readonly CaseEvent[]) => events.map((e) => JSON.stringify(e)).join('\n');
const noDeadLetters: DeadLetterStore = { put: async () => {} };

function children(count: number, prefix: string): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (let i = 0; i < count; i++) {
    const child = new ChildHistory('990', `${prefix}${i}`);
    child.details({ dob: '2012-03-04' }, '2023-01-01');
    child.startCare('2023-01-05', { ls: 'C1', place: 'U6' });
    child.review('2023-02-01', 'PN1');
    events.push(...child.events);
  }
  return events;
}

/** Counts what replays hand out, to see what an open reads. */
function counting(log: EventLog): EventLog & { replayed: number } {
  const wrapper = {
    kind: log.kind,
    replayed: 0,
    append: log.append.bind(log),
    partitions: log.partitions.bind(log),
    endOffsets: log.endOffsets.bind(log),
    consumer: log.consumer.bind(log),
    replay: (onBatch: (batch: readonly LogRecord[]) => Promise<void>, options?: ReplayOptions) =>
      log.replay(async (batch) => { wrapper.replayed += batch.length; await onBatch(batch); }, options),
    close: async () => {},
  };
  return wrapper;
}

describe('the ingest index on Kafka', () => {
  it('is caught up by offsets per partition: a second open reads nothing; another producer is caught up before the next batch', async () => {
    const log = await openLog(freshTopic('ingest-index'));
    const indexPath = join(dir, 'ingest-index.duckdb');
    const events = children(12, 'K');
    const first = await IngestService.open(log, noDeadLetters, undefined, { indexPath });
    expect(await first.ingestNdjson(ndjson(events))).toMatchObject({ appended: 36, rejected: [] });
    await first.close();
    expect([...(await log.endOffsets()).values()].filter((n) => n > 0).length).toBeGreaterThan(1);

    const watched = counting(log);
    const second = await IngestService.open(watched, noDeadLetters, undefined, { indexPath });
    toClose.push(second);
    expect(second.indexCatchUp.records).toBe(0);
    expect(watched.replayed).toBe(0);

    // Another producer writes to the topic; the next batch sees its events as stored.
    const foreign = children(2, 'F');
    await log.append(foreign.map((e) => ({ key: streamKey(e), value: JSON.stringify(e) })));
    const altered = { ...foreign[2]!, payload: { participation: 'PN6' } } as CaseEvent;
    const report = await second.ingestNdjson(ndjson([...events, foreign[0]!, altered]));
    expect(report).toMatchObject({ appended: 0, duplicates: 37 });
    expect(report.rejected.map((r) => r.errors[0]!.reason)).toEqual([
      `conflict: event id ${altered.eventId} is already in the log with other content (stored: ReviewHeld on 2023-02-01 for child 990:F0)`,
    ]);
    expect(watched.replayed).toBe(6);
  });

  it('keeps a dead-letter topic free of the same refusal sent twice, across restarts', async () => {
    const log = await openLog(freshTopic('ingest-index'));
    const dlTopic = freshTopic('ingest-dead-letters');
    const topic = await KafkaDeadLetterTopic.open({ brokers, topic: dlTopic, partitions: 1, clientId: 'ingest-index-test' });
    toClose.push(topic);
    // As the CLI's composition wraps the topic: no deduplication of its own.
    const store: DeadLetterStore = {
      put: async (records, context) => {
        await topic.publish(records.map((r) => ({ key: r.eventId ?? `line-${r.line}`, value: JSON.stringify({ ...r, ...context }) })));
      },
    };
    const indexPath = join(dir, 'ingest-index.duckdb');
    const bad = ndjson(children(1, 'B')).replace('"PN1"', '"PN9"');
    for (let send = 0; send < 2; send++) {
      const ingest = await IngestService.open(log, store, undefined, { indexPath });
      const report = await ingest.ingestNdjson(`${bad}\n{"eventId": "broken`);
      await ingest.close();
      expect(report.rejected.map((r) => r.line)).toEqual([3, 4]);
    }
    const readBack = await openLog(dlTopic, 1);
    const letters: string[] = [];
    await readBack.replay(async (batch) => { letters.push(...batch.map((r) => r.value)); });
    expect(letters).toHaveLength(2);
    expect(letters.every((l) => typeof (JSON.parse(l) as { contentHash?: unknown }).contentHash === 'string')).toBe(true);
  });
});
