import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectionYear, emptyTables, read903Folder, write903Folder, type Ssda903Tables } from '../src';

const year = collectionYear(2025);
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'careledger-903-folder-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tables: Ssda903Tables = {
  ...emptyTables(),
  header: [{ CHILD: 'A', SEX: '1', DOB: '2010-06-15', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' }],
  episodes: [{ CHILD: 'A', DECOM: '2024-05-01', RNE: 'S', LS: 'C1', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: 'PR1', DEC: '', REC: '', REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: '' }],
};

describe('903 folders', () => {
  it('are written one CSV per table, in the year\'s coding, and read back', async () => {
    await write903Folder(dir, tables, year);
    expect(readFileSync(join(dir, 'header.csv'), 'utf8')).toBe('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,M,15/06/2010,WBRI,,,\n');
    expect(readFileSync(join(dir, 'uasc.csv'), 'utf8')).toBe('CHILD,DOB,SEX,DUC\n');
    const read = await read903Folder(dir, year);
    expect(read).toEqual({ ...tables, header: [{ ...tables.header[0]!, SEX: 'M' }] });
  });

  it('may lack the optional tables', async () => {
    await write903Folder(dir, tables, year);
    for (const file of ['reviews.csv', 'missing.csv', 'uasc.csv']) unlinkSync(join(dir, file));
    expect((await read903Folder(dir, year)).reviews).toEqual([]);
  });

  it('refuse a folder without a required file, naming it, as invalid input', async () => {
    writeFileSync(join(dir, 'episodes.csv'), 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n');
    await expect(read903Folder(dir, year)).rejects.toMatchObject({ kind: 'invalid', code: 'ssda903.missing_file', message: expect.stringContaining(join(dir, 'header.csv')) });
    await expect(read903Folder(join(dir, 'nowhere'), year)).rejects.toMatchObject({ kind: 'invalid', context: { files: ['header.csv', 'episodes.csv'] } });
  });
});
