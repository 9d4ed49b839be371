import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '@careledger/runtime';
import { AuditLog, readAudit } from '../src';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'careledger-audit-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const officer: Caller = { tokenId: 'a1b2c3d4e5f6', name: 'officer', laCodes: ['883', '884'], roles: ['child', 'sql'] };

describe('the audit file', () => {
  it('appends one whole line per read, even when many are recorded at once, and lists them by LA and day', async () => {
    const path = join(dir, 'access', 'audit.jsonl');
    const audit = await AuditLog.open(path);
    const sql = `SELECT * FROM episodes WHERE note = '${'x'.repeat(20_000)}'`;
    await Promise.all(Array.from({ length: 200 }, (_, i) => audit.record(
      i % 2 === 0 ? { caller: officer, laCodes: ['883'], route: `GET /returns/883/2026/ssda903/episodes.csv?n=${i}`, rows: i, status: 200 } : { caller: officer, laCodes: officer.laCodes, sql, rows: null, status: 200 },
      new Date(i < 100 ? '2026-03-30T23:30:00Z' : '2026-04-01T08:00:00Z'),
    )));
    await audit.close();
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(200);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(statSync(path).mode & 0o777).toBe(0o600);

    const all = await readAudit(path);
    expect(all.find((e) => e.route?.endsWith('n=4'))).toEqual({ at: '2026-03-30T23:30:00.000Z', tokenId: 'a1b2c3d4e5f6', tokenName: 'officer', laCodes: ['883'], route: 'GET /returns/883/2026/ssda903/episodes.csv?n=4', rows: 4, status: 200 });
    expect(await readAudit(path, { laCode: '884' })).toHaveLength(100); // the SQL reads, which could see 884
    // 23:30 UTC on 30 March is 00:30 on 31 March in London (BST)
    expect(await readAudit(path, { since: '2026-03-31' })).toHaveLength(200);
    expect(await readAudit(path, { since: '2026-04-01' })).toHaveLength(100);
  });

  it('opens for appending: what was recorded before stays', async () => {
    const path = join(dir, 'audit.jsonl');
    for (let i = 0; i < 2; i++) {
      const audit = await AuditLog.open(path);
      await audit.record({ caller: officer, laCodes: ['883'], route: 'GET /x', rows: 1, status: 200 });
      await audit.close();
    }
    expect(await readAudit(path)).toHaveLength(2);
  });
});
