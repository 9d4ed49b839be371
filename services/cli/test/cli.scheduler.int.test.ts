import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisClient } from '@careledger/scheduler';
import { kafkaBrokers, runCliResult } from '../../../test/support/cli';

// Real Redis (and Kafka for the demo); every key this file makes is under PREFIX and deleted at the end.
const PREFIX = `test-cli-${randomUUID()}`;
const env = { CARELEDGER_REDIS_PREFIX: PREFIX, CARELEDGER_KAFKA_BROKERS: kafkaBrokers };
const scratch = mkdtempSync(join(tmpdir(), 'careledger-cli-scheduler-'));
let redis: ReturnType<typeof createRedisClient>;

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 1000 })) keys.push(...(batch as string[]));
  return keys;
}

beforeAll(() => { redis = createRedisClient('redis://127.0.0.1:6379'); });
afterAll(async () => {
  const keys = await keysUnder(PREFIX);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  rmSync(scratch, { recursive: true, force: true });
});

describe('careledger recompute', () => {
  it('says when no scheduler worker is listening, and that the run starts with careledger scheduler', async () => {
    const result = await runCliResult(['recompute', '--la', '999', '--as-at', '2026-03-31'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('queued recompute:999:2026-03-31');
    expect(result.stderr).toContain('no scheduler worker is listening');
    expect(result.stderr).toContain('the run will start when `careledger scheduler` runs');
  }, 30_000);
});

describe('the Kafka demo and careledger runs', () => {
  it('records its run where careledger runs looks, and leaves no private queue keys behind', async () => {
    const asAt = '2026-06-01';
    const demo = await runCliResult(['demo', '--eventlog', 'kafka', '--out', join(scratch, 'demo-kafka'), '--children', '20', '--as-at', asAt], env);
    expect(demo.code, demo.stderr).toBe(0);
    const runs = await runCliResult(['runs', '--la', '999'], env);
    expect(runs.code, runs.stderr).toBe(0);
    expect(runs.stdout).toMatch(new RegExp(`^999 ${asAt} succeeded manual `, 'm'));
    expect(await keysUnder(`${PREFIX}-demo-`)).toEqual([]);
  }, 120_000);
});
