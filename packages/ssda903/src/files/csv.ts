import { csvQuote as quote } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';
import { tableColumns, type Row, type TableName } from '../tables/registry';
import { csvCells } from '../tables/mapping';

// The CSV grammar of 903 files, both ways; what the cells mean is reading.ts's.


/** CSV with the DfE column order of `year`, CRLF-free, one trailing newline. */
export function toCsv<T extends TableName>(table: T, rows: readonly Row<T>[], year: CollectionYear): string {
  const columns = tableColumns(table, year);
  const lines = [columns.join(',')];
  for (const row of rows) {
    const cells = csvCells(table, row, year);
    lines.push(columns.map((c) => quote(cells[c] ?? '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** One record of a CSV file: its cells as written (quotes undone, nothing trimmed) and the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvText {
  readonly records: readonly CsvRecord[];
  /** The line of a quoted cell that never closes: everything from it on is one cell, so nothing after it is read. */
  readonly unclosedQuoteAt?: number;
}

/**
 * The records of a CSV text as RFC 4180 has them, as spreadsheets and case systems write them: a UTF-8 BOM is
 * dropped, lines end in LF or CRLF, and a quoted cell may hold commas, doubled quotes and line breaks (read as LF).
 */
export function parseCsv(text: string): CsvText {
  const records: CsvRecord[] = [];
  const body = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quotedFrom: number | undefined;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quotedFrom !== undefined) {
      if (ch === '"' && body[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quotedFrom = undefined;
      else if (ch === '\r' && body[i + 1] === '\n') continue;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') quotedFrom = line;
    else if (ch === ',') { cells.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (quotedFrom !== undefined) return { records, unclosedQuoteAt: quotedFrom };
  if (cell !== '' || cells.length > 0) endRecord();
  return { records };
}
