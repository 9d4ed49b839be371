import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { exited, runCliResult, spawnCli, STACK_LINE, type CliResult } from '../../../test/support/cli';

const scratch = mkdtempSync(join(tmpdir(), 'careledger-cli-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An expected failure: one `careledger: ...` line naming the problem, the kind's exit code, no stack. */
function expectClearFailure(result: CliResult, kind: keyof typeof EXIT_CODE, ...mentions: string[]): void {
  expect(result.stderr, result.stderr).toMatch(/^careledger: /);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toContain('unexpected failure');
  for (const mention of mentions) expect(result.stderr).toContain(mention);
  expect(result.code).toBe(EXIT_CODE[kind]);
}

describe('expected failures are one clear line with the exit code of their kind', () => {
  it('a missing population file is invalid and names the file', async () => {
    const file = join(scratch, 'no-such-population.csv');
    expectClearFailure(await runCliResult(['figures', '--from-903', scratch, '--la', '999', '--year', '2026', '--population', file]), 'invalid', file, 'does not exist');
  });

  it('a missing 903 folder is invalid and names the folder', async () => {
    const dir = join(scratch, 'no-such-903-folder');
    expectClearFailure(await runCliResult(['figures', '--from-903', dir, '--la', '999', '--year', '2025-26']), 'invalid', dir, 'does not exist');
  });

  it('a missing NDJSON file is invalid, names the file, and creates no data folder', async () => {
    const file = join(scratch, 'no-such-events.ndjson');
    const data = join(scratch, 'ingest-data');
    expectClearFailure(await runCliResult(['ingest', file, '--data', data]), 'invalid', file, 'does not exist');
    expect(existsSync(data)).toBe(false);
  });

  it.each([['runs', '--la', '999'], ['recompute', '--la', '999', '--as-at', '2026-03-31']])('Redis down: %s is unavailable and names Redis and its URL', async (...args) => {
    const started = Date.now();
    expectClearFailure(await runCliResult(args, { CARELEDGER_REDIS_URL: 'redis://127.0.0.1:1' }), 'unavailable', 'Redis', 'redis://127.0.0.1:1');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('Kafka down: ingest --eventlog kafka is unavailable and names Kafka and the brokers', async () => {
    const file = join(scratch, 'one.ndjson');
    writeFileSync(file, '{}\n');
    const started = Date.now();
    expectClearFailure(await runCliResult(['ingest', file, '--eventlog', 'kafka'], { CARELEDGER_KAFKA_BROKERS: '127.0.0.1:1' }), 'unavailable', 'Kafka', '127.0.0.1:1');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it.each([['project'], ['returns', '--la', '999'], ['serve', '--port', '0']])('a mistyped --data on %s is not_found and creates nothing there', async (...args) => {
    const data = join(scratch, `typo-${args[0]}`);
    expectClearFailure(await runCliResult([...args, '--data', data]), 'not_found', 'no careledger data', data);
    expect(existsSync(data)).toBe(false);
  });
});

describe('output piped into a reader that stops early', () => {
  it('exits quietly when stdout is closed (EPIPE), with no stack', async () => {
    const child = spawnCli(['demo', '--out', join(scratch, 'epipe-demo'), '--children', '40', '--as-at', '2026-06-01']);
    const result = exited(child);
    // Like `| head -1`: read the first line, then close the pipe while the demo still has lines to print.
    child.stdout!.once('data', () => child.stdout!.destroy());
    const { code, stderr } = await result;
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  }, 60_000);
});
