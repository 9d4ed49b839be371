import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectionStore } from '@careledger/projections';
import { pseudonymFor } from '@careledger/runtime';
import { exited, projectedDataFolder, repositoryRoot, runCliResult } from '../../../test/support/cli';

const scratch = mkdtempSync(join(tmpdir(), 'careledger-sql-'));
const data = join(scratch, 'data');
const input = join(scratch, 'input');
const AS_AT = '2026-06-01';

/** The LA and child of every event ingested (the generator's, and the late one once written): what the children view must hold. */
function childrenInEvents(): Set<string> {
  const late = join(scratch, 'late.ndjson');
  const text = readFileSync(join(input, 'events.ndjson'), 'utf8') + (existsSync(late) ? readFileSync(late, 'utf8') : '');
  return new Set(text.trim().split('\n').map((line) => {
    const event = JSON.parse(line) as { laCode: string; childId: string };
    return `${event.laCode}:${event.childId}`;
  }));
}

beforeAll(async () => {
  await projectedDataFolder(scratch, { children: 12, seed: 5, asAt: AS_AT });
}, 90_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('careledger sql', () => {
  it('answers over the views the projector published, saying how fresh they are', async () => {
    const result = await runCliResult(['sql', 'SELECT la_code, child_id FROM children ORDER BY child_id', '--data', data, '--format', 'csv']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/data as published at \d{4}-\d{2}-\d{2}T/);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('la_code,child_id');
    expect(new Set(lines.slice(1).map((l) => l.replace(',', ':')))).toEqual(childrenInEvents());
    // Audited as any child-level read is: who ran it, the SQL and its rows.
    const audited = readFileSync(join(data, 'access', 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(audited.at(-1)).toMatchObject({ tokenId: 'cli', laCodes: '*', sql: 'SELECT la_code, child_id FROM children ORDER BY child_id', rows: childrenInEvents().size, status: 200 });
  }, 60_000);

  it('runs while another process holds the projections, and refuses what is not one SELECT', async () => {
    const held = await ProjectionStore.open({ path: join(data, 'projections.duckdb') });
    try {
      const count = await runCliResult(['sql', 'SELECT count(*) AS n FROM children', '--data', data, '--format', 'json']);
      expect(count.code, count.stderr).toBe(0);
      expect(JSON.parse(count.stdout).rows).toEqual([{ n: String(childrenInEvents().size) }]);
      const escape = await runCliResult(['sql', "COPY (SELECT * FROM children) TO '/tmp/careledger-sql-escape.csv'", '--data', data]);
      expect(escape.code).not.toBe(0);
      expect(escape.stderr).toContain('file system operations are disabled');
    } finally {
      held.close();
    }
  }, 60_000);

  it('sees new events once the projector has folded and published them', async () => {
    // A child the generator did not make: its first event again, under another id.
    const first = JSON.parse(readFileSync(join(input, 'events.ndjson'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
    const event = { ...first, eventId: '7d5b1c2e-0a4f-4c1e-9b8a-2f6d3e4c5a10', childId: 'LATE1' };
    const file = join(scratch, 'late.ndjson');
    writeFileSync(file, `${JSON.stringify(event)}\n`);
    const ingested = await runCliResult(['ingest', file, '--data', data]);
    expect(ingested.code, ingested.stderr).toBe(0);
    const query = ['sql', "SELECT count(*) FROM children WHERE child_id = 'LATE1'", '--data', data, '--format', 'csv'];
    expect((await runCliResult(query)).stdout).toBe('count_star()\n0\n');
    expect((await runCliResult(['project', '--data', data])).code).toBe(0);
    expect((await runCliResult(query)).stdout).toBe('count_star()\n1\n');
  }, 90_000);

  it('writes Parquet and Arrow, pseudonymised with the data folder key when asked', async () => {
    const parquet = join(scratch, 'children.parquet');
    const written = await runCliResult(['sql', 'SELECT child_id, date_of_birth FROM children ORDER BY child_id', '--data', data, '--format', 'parquet', '--out', parquet, '--pseudonymise']);
    expect(written.code, written.stderr).toBe(0);
    const key = Buffer.from(readFileSync(join(data, 'pseudonym.key'), 'utf8').trim(), 'hex');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const rows = (await connection.runAndReadAll(`SELECT child_id, date_of_birth FROM read_parquet('${parquet}')`)).getRowsJson() as string[][];
      const expected = [...childrenInEvents()].map((c) => pseudonymFor(key, c.split(':')[0]!, c.split(':')[1]!));
      expect(rows.map((r) => r[0]).sort()).toEqual(expected.sort());
      expect(rows.every((r) => /^\d{4}-\d{2}$/.test(r[1]!))).toBe(true);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    const arrow = await runCliResult(['sql', 'SELECT 1 AS one', '--data', data, '--format', 'arrow']);
    expect(arrow.code).not.toBe(0);
    expect(arrow.stderr).toContain('--format arrow writes a file: give --out FILE');
  }, 60_000);

  it('takes queries at a prompt, one per ;, and lists the data dictionary', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'services/cli/src/main.ts'), 'sql', '--data', data], {
      cwd: repositoryRoot, env: { ...process.env, CARELEDGER_LOG_LEVEL: 'warn' }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    const done = exited(child);
    child.stdin.end("SELECT count(*) AS n\n  FROM reviews WHERE false;\nSELECT 1; SELECT 2;\n.quit\n");
    const prompt = await done;
    expect(prompt.code, prompt.stderr).toBe(0);
    expect(prompt.stdout).toContain('n\n-\n0\n(1 row)');
    expect(prompt.stderr).toContain('error: the query holds 2 statements');
    const schema = await runCliResult(['schema']);
    expect(schema.stdout).toMatch(/^children: One row per child/m);
    expect(schema.stdout).toMatch(/^\s+child_id\s+The LA's id for the child \(903 CHILD\)\. Pseudonymised: a keyed pseudonym\./m);
  }, 60_000);
});
