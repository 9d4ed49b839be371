import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '@careledger/runtime';
import {
  TABLES, TABLE_NAMES, decode903Text, identifyFile, parseCsv, read903Table, tableColumns, type CollectionYear, type ReadIssue as CellIssue, type TableName,
} from '@careledger/ssda903';
import type { ReadIssue, SourceRow, SourceTable, Ssda903Input, Ssda903Reader } from './port';

/** One 903 CSV's text and the name to report it by. */
export interface CsvText {
  readonly file: string;
  readonly text: string;
}

/** The 903 reader's issue as the import reports it (a whole-file issue is on the header line, about the row). */
const asImportIssue = (issue: CellIssue): ReadIssue => ({
  file: issue.file, line: issue.line ?? 1, column: issue.column ?? '(row)', value: issue.value,
  reason: issue.column && issue.line !== null ? `${issue.column} '${issue.value}' ${issue.reason}` : issue.reason,
});

/**
 * One table's CSV read row by row with the 903 reader (ssda903 read903Table: dates in every form the DfE accepts,
 * codes upper-cased and checked for the year), so a bad cell costs its row only. Every column the file has is
 * needed: an unreadable cell leaves its row out, named. A column the file lacks is reported once and read as
 * blank: each table's import then refuses the rows that needed it.
 */
export function parseCsvTable(table: TableName, { file, text }: CsvText, year: CollectionYear): { rows: SourceRow[]; issues: ReadIssue[] } {
  const csv = parseCsv(text);
  const header = (csv.records.find((r) => r.cells.some((c) => c.trim() !== ''))?.cells ?? []).map((h) => h.trim().toUpperCase());
  const present = tableColumns(table, year).filter((c) => header.includes(c));
  const reading = read903Table(table, csv, year, file, present);
  const rows = reading.rows.map((row, i): SourceRow => ({ line: reading.lines[i]!, cells: row as Record<string, string> }));
  return {
    rows,
    issues: reading.issues.map((issue) => (issue.severity === 'notice' && issue.reason.startsWith('the header has no such column')
      ? { ...asImportIssue(issue), reason: `missing column: ${TABLES[table].dfeName} of ${year.label} has ${issue.column}; its cells are read as blank` }
      : asImportIssue(issue))),
  };
}

/** The tables of a year's 903 CSVs, keyed by DfE name; a table with no text is absent. */
export function parseCsvTables(texts: Partial<Record<TableName, CsvText>>, year: CollectionYear): Ssda903Input {
  const tables: Record<string, SourceTable> = {};
  const issues: ReadIssue[] = [];
  for (const table of TABLE_NAMES) {
    const csv = texts[table];
    if (!csv) continue;
    const parsed = parseCsvTable(table, csv, year);
    tables[TABLES[table].dfeName] = { file: csv.file, rows: parsed.rows };
    issues.push(...parsed.issues);
  }
  return { tables, issues };
}

/**
 * A folder of 903 CSVs, any subset of the tables, each file told by its columns and name as the DfE's readers tell
 * them (`Header.csv`, `903_episodes_2024.csv`). A CSV that is no table, or could be several, is named, not guessed.
 */
export const readCsvFolder: Ssda903Reader = async (dir, year) => {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && /\.csv$/i.test(e.name)).map((e) => e.name).sort();
  } catch (error) {
    throw new InvalidInputError('import903.unreadable_folder', `cannot read the 903 folder ${dir}: ${(error as Error).message}`, { dir, reason: (error as NodeJS.ErrnoException).code }, { cause: error });
  }
  const texts: Partial<Record<TableName, CsvText>> = {};
  const issues: ReadIssue[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let text: string;
    try {
      text = decode903Text(await readFile(file));
    } catch (error) {
      throw new InvalidInputError('import903.unreadable_file', `cannot read ${file}: ${(error as Error).message}`, { file, reason: (error as NodeJS.ErrnoException).code }, { cause: error });
    }
    const header = parseCsv(text).records.find((r) => r.cells.some((c) => c.trim() !== ''))?.cells ?? [];
    const identity = identifyFile(name, header, year);
    if (identity.kind !== 'table') {
      const reason = identity.kind === 'ambiguous' ? `could be any of ${identity.tables.map((t) => TABLES[t].dfeName).join(', ')}: rename it after its table` : 'is not a 903 table of this year (by its columns and name): not imported';
      issues.push({ file, line: 1, column: '(file)', value: '', reason });
    } else if (texts[identity.table]) {
      issues.push({ file, line: 1, column: '(file)', value: '', reason: `is a second ${TABLES[identity.table].dfeName} file (the first is ${texts[identity.table]!.file}): not imported` });
    } else texts[identity.table] = { file, text };
  }
  if (Object.keys(texts).length === 0) {
    throw new InvalidInputError('import903.no_tables', `${dir} holds no 903 CSV (${TABLE_NAMES.map((t) => TABLES[t].fileName).join(', ')})`, { dir });
  }
  const read = parseCsvTables(texts, year);
  return { tables: read.tables, issues: [...issues, ...read.issues] };
};
