import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionYear } from '@careledger/ssda903';
import { readCsvFolder } from '../src';

describe('a historic return saved in another encoding', () => {
  it('keeps the rows that read as UTF-8 and names the one that does not, by file, line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careledger-import-encoding-'));
    try {
      writeFileSync(join(dir, 'header.csv'), 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,1,01/01/2010,WBRI,UN1,,\n');
      // One Windows-1252 byte (0xE9, 'é') in child B's row of the reviews.
      const reviews = Buffer.concat([
        Buffer.from('CHILD,DOB,REVIEW,REVIEW_CODE\nA,01/01/2010,10/07/2023,PN1\nB'),
        Buffer.from([0xe9]),
        Buffer.from(',01/01/2010,11/07/2023,PN1\n'),
      ]);
      writeFileSync(join(dir, 'reviews.csv'), reviews);
      const input = await readCsvFolder(dir, collectionYear(2024));
      expect(input.tables.Reviews!.rows.map((r) => [r.line, r.cells.CHILD])).toEqual([[2, 'A']]);
      expect(input.issues.map((i) => [i.file, i.line, i.column, i.reason])).toEqual([[
        join(dir, 'reviews.csv'), 3, 'CHILD',
        "CHILD 'B\uFFFD' holds bytes that are not UTF-8 text (the file was saved in another encoding, e.g. Windows-1252): save it as UTF-8",
      ]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
