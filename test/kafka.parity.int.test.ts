import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisClient } from '@careledger/scheduler';
import { TABLES, collectionYear, tablesInYear } from '@careledger/ssda903';
import { returnFiles, runCli } from './support/cli';

const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `careledger-${name}-`));
  dirs.push(dir);
  return dir;
};
// Its own Redis prefix, removed afterwards, so the run record this test makes is not left behind.
const redisPrefix = `careledger-parity-${randomUUID().slice(0, 8)}`;
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  const redis = createRedisClient('redis://127.0.0.1:6379');
  for await (const keys of redis.scanStream({ match: `${redisPrefix}*`, count: 1000 }) as AsyncIterable<string[]>) {
    if (keys.length > 0) await redis.del(...keys);
  }
  redis.disconnect();
});

describe('parity: the same history through Kafka and through the embedded log', () => {
  it('gives byte-identical 903 CSVs and equal figures, with the Kafka chain run by the scheduler', async () => {
    const args = ['--as-at', '2026-11-30', '--children', '200', '--seed', '42'];
    const embedded = tempDir('parity-embedded');
    const kafka = tempDir('parity-kafka');
    const [, kafkaOut] = await Promise.all([
      runCli(['demo', '--out', embedded, ...args]),
      runCli(['demo', '--eventlog', 'kafka', '--out', kafka, ...args], { CARELEDGER_REDIS_PREFIX: redisPrefix }),
    ]);
    expect(kafkaOut).toMatch(/run recompute:999:2026-11-30: succeeded/);
    const fromEmbedded = returnFiles(embedded, 2026);
    const fromKafka = returnFiles(kafka, 2026);
    const tableFiles = tablesInYear(collectionYear(2026)).map((table) => `ssda903/${TABLES[table].fileName}`);
    expect(Object.keys(fromKafka).sort()).toEqual(['figures.json', 'issues.json', 'ssda903.xml', ...tableFiles].sort());
    for (const [file, content] of Object.entries(fromEmbedded)) expect(fromKafka[file], file).toBe(content);
    expect(fromEmbedded['ssda903/episodes.csv']!.split('\n').length).toBeGreaterThan(300);
  }, 240_000);
});
