import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegion, toNdjson } from '@careledger/synthetic';
import { silentLogger } from '@careledger/runtime';
import { KafkaEventLog, createKafkaClient } from '@careledger/eventlog-kafka';
import { IngestService } from '@careledger/ingest';
import { ProjectionStore } from '@careledger/projections';
import { partitionStorePaths } from '@careledger/projector';
import { exited, kafkaBrokers, runCli, spawnCli } from './support/cli';

const topic = `projectors-${randomUUID()}`;
const root = mkdtempSync(join(tmpdir(), 'careledger-projectors-'));
let eventCount = 0;

/** The configuration of one projector deployment: its own data folder and consumer group. */
function deployment(name: string): Record<string, string> {
  return {
    CARELEDGER_EVENTLOG: 'kafka', CARELEDGER_KAFKA_BROKERS: kafkaBrokers, CARELEDGER_KAFKA_TOPIC: topic,
    CARELEDGER_KAFKA_DEAD_LETTER_TOPIC: `${topic}.dead-letter`, CARELEDGER_KAFKA_PARTITIONS: '6',
    CARELEDGER_KAFKA_CONSUMER_GROUP: `${name}-${randomUUID()}`, CARELEDGER_DATA_DIR: join(root, name),
  };
}

async function tables(env: Record<string, string>): Promise<Record<string, unknown[]>> {
  const store = await ProjectionStore.openCombined(await partitionStorePaths(join(env.CARELEDGER_DATA_DIR!, 'projections')));
  try {
    return {
      children: await store.query('SELECT * FROM children ORDER BY child_key'),
      episodes: await store.query('SELECT * FROM episodes ORDER BY child_key, decom'),
      reviews: await store.query('SELECT * FROM reviews ORDER BY child_key, review_date, event_id'),
      missing: await store.query('SELECT * FROM missing_episodes ORDER BY child_key, missing_episode_id'),
      folded: await store.query(`SELECT sum(next_offset) AS events FROM projector_offsets`),
    };
  } finally {
    store.close();
  }
}

let single: Record<string, unknown[]>;
let singleOutput: string;

beforeAll(async () => {
  const log = await KafkaEventLog.open({ brokers: [kafkaBrokers], topic, partitions: 6 });
  const ingest = await IngestService.open(log, { put: async () => {} });
  for (const history of generateRegion({ laCount: 2, asAt: '2026-11-30', seed: 11 })) {
    const report = await ingest.ingestNdjson(toNdjson(history.events));
    eventCount += report.appended;
  }
  await log.close();
  const one = deployment('single');
  singleOutput = await runCli(['project'], one);
  single = await tables(one);
}, 180_000);
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  // The broker keeps nothing of this test: its topics go with it.
  const admin = createKafkaClient({ brokers: [kafkaBrokers], clientId: 'projectors-test' }, silentLogger).admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  const topics = [topic, `${topic}.dead-letter`].filter((t) => existing.has(t));
  if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 15_000 });
  await admin.disconnect();
});

describe('projectors as a Kafka consumer group', () => {
  it('folds every event exactly once into per-partition databases', () => {
    expect(Number((single.folded![0] as { events: bigint }).events)).toBe(eventCount);
    expect(single.episodes!.length).toBeGreaterThan(1000);
  });

  it('reports what it folded: batches, children re-derived and the next offset of every partition', () => {
    // Before one projector folded both modes, Kafka mode printed "0 batches, 0 children re-derived; next offsets {}".
    const match = /folded (\d+) events in (\d+) batches \((\d+) refused\), (\d+) children re-derived; next offsets (\{.*\})/.exec(singleOutput);
    expect(match, singleOutput).not.toBeNull();
    const [, folded, batches, refused, derived, offsets] = match!;
    expect(Number(folded)).toBe(eventCount);
    expect(Number(batches)).toBeGreaterThanOrEqual(6);
    expect(Number(refused)).toBe(0);
    expect(Number(derived)).toBe((single.children as unknown[]).length);
    const next = JSON.parse(offsets!) as Record<string, number>;
    expect(Object.keys(next).sort()).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(Object.values(next).reduce((a, b) => a + b, 0)).toBe(eventCount);
  });

  it('two projectors in one group give the same tables as one', async () => {
    const two = deployment('pair');
    const [a, b] = [spawnCli(['project'], two), spawnCli(['project'], two)];
    const results = await Promise.all([exited(a), exited(b)]);
    expect(results.map((r) => r.code), results.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
    // Between them the two members folded every event exactly once, whatever the rebalances moved.
    const folded = results.map((r) => Number(/folded (\d+) events/.exec(r.stdout)?.[1]));
    expect(folded[0]! + folded[1]!).toBe(eventCount);
    expect(await tables(two)).toEqual(single);
  }, 180_000);

  it('a projector killed mid-stream resumes from its DuckDB offsets, and the tables equal a clean run', async () => {
    const crashy = deployment('killed');
    const first = spawnCli(['project'], crashy);
    const firstExit = exited(first);
    const partitionFile = join(crashy.CARELEDGER_DATA_DIR!, 'projections', 'partition-0.duckdb');
    for (let waited = 0; !existsSync(partitionFile) && waited < 60_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 400));
    first.kill('SIGKILL');
    expect((await firstExit).signal).toBe('SIGKILL');
    await runCli(['project'], crashy);
    expect(await tables(crashy)).toEqual(single);
  }, 180_000);

  it('re-folds from its databases\' offsets when they were removed, even though Kafka committed the end', async () => {
    const again = deployment('rebuilt');
    await runCli(['project'], again);
    rmSync(join(again.CARELEDGER_DATA_DIR!, 'projections'), { recursive: true, force: true });
    const output = await runCli(['project'], again);
    expect(output).toMatch(new RegExp(`folded ${eventCount} events`));
    expect(await tables(again)).toEqual(single);
  }, 180_000);
});
