import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { COMMANDS } from '../src/commands/registry';
import { runCliResult, STACK_LINE } from '../../../test/support/cli';

const scratch = mkdtempSync(join(tmpdir(), 'careledger-cli-usage-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('careledger --help', () => {
  it.each(COMMANDS.map((c) => c.name))('%s --help prints its help and runs nothing', async (name) => {
    const data = join(scratch, `data-${name}`);
    // A Redis or Kafka that is not there would make a command that ran hang or fail; help must not touch them.
    const result = await runCliResult([name, '--help'], { CARELEDGER_DATA_DIR: data, CARELEDGER_REDIS_URL: 'redis://127.0.0.1:1', CARELEDGER_KAFKA_BROKERS: '127.0.0.1:1' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Usage: careledger ${name} [options]`);
    expect(result.stdout).toContain('--help');
    expect(result.stdout).not.toContain('no runs recorded');
    expect(existsSync(data)).toBe(false);
  }, 30_000);

  it('lists every command of the registry', async () => {
    const { code, stdout } = await runCliResult(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toContain(`  ${command.name} `);
  });
});

describe('usage errors and the shared flags', () => {
  it('an unknown flag is a usage error (exit 1) with commander\'s message', async () => {
    const result = await runCliResult(['project', '--rebiuld']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("unknown option '--rebiuld'");
  });

  it('a missing required flag is a usage error naming it', async () => {
    const result = await runCliResult(['returns']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("required option '--la <code>' not specified");
  });

  it.each([
    [['returns', '--la', '88'], '--la \'88\' is not an LA code'],
    [['returns', '--la', 'ABC'], '--la \'ABC\' is not an LA code'],
    [['recompute', '--la', '88'], '--la \'88\' is not an LA code'],
    [['scheduler', '--la', '999,88'], '--la \'88\' is not an LA code'],
    [['returns', '--la', '999', '--as-at', 'garbage'], '--as-at \'garbage\' is not a date'],
    [['returns', '--la', '999', '--as-at', '2025-13-45'], '--as-at \'2025-13-45\' is not a date'],
    [['figures', '--from-903', '.', '--la', '999', '--year', '26'], '--year \'26\' is not a collection year'],
    [['returns', '--la', '999', '--year', '2025-27'], '--year \'2025-27\' is not a collection year'],
    [['runs', '--la', '999', '--compare', '2026-01-01', '2026-02-30'], '--compare \'2026-02-30\' is not a date'],
    [['returns', '--la', '999', '--year', '3000', '--as-at', '2026-06-01'], '--year 2999-00 starts on 1 April 2999, after the as-at date 2026-06-01'],
  ])('%j is refused at the edge as invalid', async (args, message) => {
    const result = await runCliResult(args, { CARELEDGER_DATA_DIR: join(scratch, 'never') });
    expect(result.code).toBe(EXIT_CODE.invalid);
    expect(result.stderr).toBe(`careledger: ${result.stderr.slice('careledger: '.length)}`);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(scratch, 'never'))).toBe(false);
  });

  it('demo needs --out (or its old name --dir)', async () => {
    const result = await runCliResult(['demo', '--children', '20']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("required option '--out <dir>' not specified");
  });

  it('--eventlog takes only embedded or kafka', async () => {
    const result = await runCliResult(['project', '--eventlog', 'postgres']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("'postgres' is invalid");
  });
});
