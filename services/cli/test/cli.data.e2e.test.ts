import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '@careledger/runtime';
import { ChildHistory } from '@careledger/events/testing';
import { exited, runCliResult, servingUrl, spawnCli, STACK_LINE } from '../../../test/support/cli';

// generate -> ingest -> returns (before and after project) -> serve, on a small synthetic LA in a temp data folder.
const scratch = mkdtempSync(join(tmpdir(), 'careledger-cli-data-'));
const data = join(scratch, 'data');
const input = join(scratch, 'input');
const AS_AT = '2026-06-01';
let eventCount: number;

beforeAll(async () => {
  const generated = await runCliResult(['generate', '--out', input, '--children', '30', '--seed', '11', '--as-at', AS_AT]);
  expect(generated.code).toBe(0);
  eventCount = readFileSync(join(input, 'events.ndjson'), 'utf8').trim().split('\n').length;
  const ingested = await runCliResult(['ingest', join(input, 'events.ndjson'), '--data', data]);
  expect(ingested.code, ingested.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('returns and the projections', () => {
  it('warns how many events are not yet projected, and to run careledger project, until they are', async () => {
    // Nothing of the LA projected yet: not a return of zeros, but a not_found error saying what to run.
    const before = await runCliResult(['returns', '--la', '999', '--year', '2025-26', '--as-at', AS_AT, '--data', data]);
    expect(before.code, before.stderr).toBe(EXIT_CODE.not_found);
    expect(before.stderr).toContain(`${eventCount} events are in the log but not yet projected`);
    expect(before.stderr).toContain('careledger project');

    const projected = await runCliResult(['project', '--data', data]);
    expect(projected.code, projected.stderr).toBe(0);
    expect(projected.stdout).toContain(`folded ${eventCount} events`);

    const after = await runCliResult(['returns', '--la', '999', '--year', '2025-26', '--as-at', AS_AT, '--data', data, '--population', join(input, 'population.csv')]);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).not.toContain('not yet projected');
    expect(after.stdout).toContain('LA 999, collection year 2025-26');

    // --year takes the end year as well as the label, meaning the same year
    const byEndYear = await runCliResult(['returns', '--la', '999', '--year', '2026', '--as-at', AS_AT, '--data', data, '--population', join(input, 'population.csv')]);
    expect(byEndYear.stdout).toBe(after.stdout);

    // A child recorded after the last fold: the return still runs, and warns that it leaves those 2 events out.
    const late = new ChildHistory('999', 'LATE1');
    late.details({ sex: 'F', dob: '2015-02-01' }, '2025-05-01');
    late.startCare('2025-05-01', { ls: 'C1', place: 'U4' });
    const lateFile = join(scratch, 'late.ndjson');
    writeFileSync(lateFile, late.events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    expect((await runCliResult(['ingest', lateFile, '--data', data])).code).toBe(0);
    const partly = await runCliResult(['returns', '--la', '999', '--year', '2026', '--as-at', AS_AT, '--data', data, '--population', join(input, 'population.csv')]);
    expect(partly.code, partly.stderr).toBe(0);
    expect(partly.stderr).toContain('warning: 2 events are in the log but not yet projected');
    expect(partly.stderr).toContain('careledger project');
    expect(partly.stdout).toBe(after.stdout);
  }, 60_000);
});

describe('careledger serve', () => {
  it('answers GET /health with its status and event log; meanwhile its log is busy for other processes', async () => {
    const child = spawnCli(['serve', '--port', '0', '--data', data]);
    const result = exited(child);
    try {
      const url = await servingUrl(child);
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', eventLog: 'embedded' });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:/);

      // serve holds the embedded log: another writer is refused as busy, in one line, not as an unexpected failure
      const blocked = await runCliResult(['project', '--data', data]);
      expect(blocked.code).toBe(EXIT_CODE.busy);
      expect(blocked.stderr).toMatch(/^careledger: event log .* is in use: lock file .* is held by pid \d+/);
      expect(blocked.stderr).not.toMatch(STACK_LINE);
    } finally {
      child.kill('SIGTERM');
    }
    expect((await result).code).toBe(0);
  }, 60_000);
});

describe('careledger serve: API tokens and the audit', () => {
  it('answers 401 saying how to make a token; token create prints it alone on its last line; child-level reads are audited', async () => {
    const child = spawnCli(['serve', '--port', '0', '--data', data]);
    const result = exited(child);
    try {
      const url = await servingUrl(child);
      const figures = `${url}/returns/999/2026/figures?asAt=${AS_AT}`;
      const none = await fetch(figures);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await none.json() as { message: string }).message).toContain(`careledger token create --data ${data}`);

      const created = await runCliResult(['token', 'create', '--data', data, '--la', '999', '--role', 'read,child', '--name', 'e2e officer']);
      expect(created.code, created.stderr).toBe(0);
      const lines = created.stdout.trimEnd().split('\n');
      const token = lines[lines.length - 1]!;
      expect(token).toMatch(/^clt_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
      const id = token.slice(4, 16);
      const stored = readFileSync(join(data, 'access', 'tokens.json'), 'utf8');
      expect(stored).not.toContain(token.slice(17));
      expect(stored).toContain(createHash('sha256').update(token.slice(17)).digest('hex'));
      const listed = await runCliResult(['token', 'list', '--data', data]);
      expect(listed.stdout).toContain(id);
      expect(listed.stdout).not.toContain(token.slice(17));

      const headers = { authorization: `Bearer ${token}` };
      expect((await fetch(figures, { headers })).status).toBe(200);
      expect((await fetch(`${url}/returns/998/2026/figures?asAt=${AS_AT}`, { headers })).status).toBe(403);
      const csv = await fetch(`${url}/returns/999/2026/ssda903/episodes.csv?asAt=${AS_AT}`, { headers });
      expect(csv.status).toBe(200);
      const rows = (await csv.text()).trim().split('\n').length - 1;

      const audit = await runCliResult(['audit', '--data', data, '--format', 'json']);
      expect(audit.code, audit.stderr).toBe(0);
      expect(JSON.parse(audit.stdout).entries).toEqual([expect.objectContaining({ tokenId: id, tokenName: 'e2e officer', laCodes: ['999'], route: `GET /returns/999/2026/ssda903/episodes.csv?asAt=${AS_AT}`, rows, status: 200 })]);
      const table = await runCliResult(['audit', '--data', data, '--la', '999', '--since', '2020-01-01']);
      expect(table.stdout).toContain(`rows ${String(rows).padStart(6)}`);
      expect((await runCliResult(['audit', '--data', data, '--la', '998'])).stdout).toContain('no child-level reads recorded for LA 998');

      expect((await runCliResult(['token', 'revoke', id, '--data', data])).code).toBe(0);
      expect(await (await fetch(figures, { headers })).json()).toMatchObject({ kind: 'unauthenticated', code: 'access.revoked_token' });
      const star = await runCliResult(['token', 'create', '--data', data, '--la', '999,*', '--role', 'read']);
      expect(star.code).toBe(EXIT_CODE.invalid);
      expect(star.stderr).not.toMatch(STACK_LINE);
    } finally {
      child.kill('SIGTERM');
    }
    const { code, stderr } = await result;
    expect(code).toBe(0);
    expect(stderr).toContain('no API tokens yet');
  }, 90_000);
});
