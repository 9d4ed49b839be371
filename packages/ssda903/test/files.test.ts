import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
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
    expect(readFileSync(join(dir, 'uasc.csv'), 'utf8')).toBe('CHILD,SEX,DOB,DUC\n');
    const read = await read903Folder(dir, year);
    expect(read.issues).toEqual([]);
    expect(read.tables).toEqual({ ...tables, header: [{ ...tables.header[0]!, SEX: 'M' }] });
    expect(read.origins.episodes).toEqual([{ file: join(dir, 'episodes.csv'), line: 2 }]);
  });

  it('may lack the optional tables, and name their files in any case; files other than CSVs are not offered', async () => {
    await write903Folder(dir, tables, year);
    for (const file of readdirSync(dir).filter((f) => f !== 'header.csv' && f !== 'episodes.csv')) unlinkSync(join(dir, file));
    writeFileSync(join(dir, 'HEADER.CSV'), readFileSync(join(dir, 'header.csv')));
    unlinkSync(join(dir, 'header.csv'));
    writeFileSync(join(dir, 'readme.txt'), 'not a table');
    const read = await read903Folder(dir, year);
    expect(read.issues).toEqual([]);
    expect(read.files).toEqual({ header: join(dir, 'HEADER.CSV'), episodes: join(dir, 'episodes.csv') });
    expect(read.tables.header).toHaveLength(1);
    expect(read.tables.reviews).toEqual([]);
  });

  it('name a required file that is not there as an error of the reading', async () => {
    writeFileSync(join(dir, 'episodes.csv'), 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n');
    expect((await read903Folder(dir, year)).issues).toEqual([
      { file: 'header.csv', line: null, column: null, value: '', reason: 'is not in the folder: no file holds Header, which every 903 folder has', severity: 'error' },
    ]);
  });

  it('read UTF-16 with a byte order mark, and name each cell of another encoding rather than guess it', async () => {
    const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,1,01/01/2010,WBRI,UN1,,\n';
    writeFileSync(join(dir, 'header.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]));
    // Windows-1252: 'é' is one byte, 0xE9, which is not UTF-8; child B2's row cannot be read, A2's can.
    const episodes = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n'
      + 'A2,01/05/2023,S,C2,N1,U4,PR1,,,,,,\n';
    writeFileSync(join(dir, 'episodes.csv'), Buffer.concat([Buffer.from(episodes), Buffer.from('B2'), Buffer.from([0xe9]), Buffer.from(',01/05/2023,S,C2,N1,U4,PR1,,,,,,\n')]));
    const read = await read903Folder(dir, year);
    expect(read.tables.header.map((r) => r.CHILD)).toEqual(['A1']);
    expect(read.tables.episodes.map((r) => r.CHILD)).toEqual(['A2']);
    expect(read.issues).toEqual([{
      file: join(dir, 'episodes.csv'), line: 3, column: 'CHILD', value: 'B2\uFFFD', severity: 'error',
      reason: 'holds bytes that are not UTF-8 text (the file was saved in another encoding, e.g. Windows-1252): save it as UTF-8',
    }]);
  });

  it('refuse a folder that cannot be read as invalid input', async () => {
    await expect(read903Folder(join(dir, 'nowhere'), year)).rejects.toMatchObject({ kind: 'invalid', code: 'ssda903.unreadable_folder', context: { dir: join(dir, 'nowhere'), reason: 'ENOENT' } });
  });
});
