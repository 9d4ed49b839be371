import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCsv, pseudonymFor, pseudonymKey } from '../src';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('pseudonyms for children', () => {
  it('are stable under one key, differ by LA and key, and do not show the id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pseudonym-'));
    dirs.push(dir);
    const path = join(dir, 'keys', 'pseudonym.key');
    const key = await pseudonymKey(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await pseudonymKey(path)).toEqual(key);
    const a = pseudonymFor(key, '990', 'A');
    expect(a).toMatch(/^P[0-9a-f]{16}$/);
    expect(pseudonymFor(key, '990', 'A')).toBe(a);
    expect(pseudonymFor(key, '991', 'A')).not.toBe(a);
    expect(pseudonymFor(Buffer.alloc(32, 1), '990', 'A')).not.toBe(a);
    expect(readFileSync(path, 'utf8')).not.toContain('A');
    writeFileSync(path, 'abc\n');
    await expect(pseudonymKey(path)).rejects.toThrow(/not 32 bytes of hex/);
  });
});

describe('CSV out', () => {
  it('quotes only what needs it and leaves null cells empty', () => {
    expect(formatCsv(['id', 'note', 'n'], [{ id: 'A', note: 'said "no", twice', n: 3 }, { id: 'B', note: null, n: 0 }]))
      .toBe('id,note,n\nA,"said ""no"", twice",3\nB,,0\n');
  });
});
