import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CareledgerError, InvalidInputError } from '@careledger/runtime';
import { TABLES, TABLE_NAMES, fromCsv, tableColumns, type CollectionYear, type TableName } from '@careledger/ssda903';
import type { ReadIssue, SourceRow, SourceTable, Ssda903Input, Ssda903Reader } from './port';

/** One 903 CSV's text and the name to report it by. */
export interface CsvText {
  readonly file: string;
  readonly text: string;
}

/**
 * One table's CSV read row by row with the 903 reader (`fromCsv`), so a bad cell costs its row only. A column the
 * file lacks is reported once and read as blank: each table's import then refuses the rows that needed it.
 */
export function parseCsvTable(table: TableName, { file, text }: CsvText, year: CollectionYear): { rows: SourceRow[]; issues: ReadIssue[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex === -1) return { rows: [], issues: [] };
  const present = lines[headerIndex]!.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toUpperCase());
  const missing = tableColumns(table, year).filter((c) => !present.includes(c));
  const issues: ReadIssue[] = missing.map((column) => ({
    file, line: headerIndex + 1, column, value: '', reason: `missing column: ${TABLES[table].dfeName} of ${year.label} has ${column}; its cells are read as blank`,
  }));
  const header = [lines[headerIndex], ...missing].join(',');
  const rows: SourceRow[] = [];
  lines.forEach((line, index) => {
    if (index <= headerIndex || line.trim() === '') return;
    try {
      const [row] = fromCsv(table, `${header}\n${line}`, year, file);
      if (row) rows.push({ line: index + 1, cells: row as Record<string, string> });
    } catch (error) {
      if (!(error instanceof CareledgerError)) throw error;
      const { column, value } = error.context as { column?: string; value?: string };
      issues.push({ file, line: index + 1, column: column ?? '(row)', value: value ?? '', reason: error.message.replace(/^.*?line \d+: /, '') });
    }
  });
  return { rows, issues };
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

/** A folder of 903 CSVs with the file names the 903 registry gives (header.csv, episodes.csv, ...): any subset. */
export const readCsvFolder: Ssda903Reader = async (dir, year) => {
  const texts: Partial<Record<TableName, CsvText>> = {};
  for (const table of TABLE_NAMES) {
    const file = join(dir, TABLES[table].fileName);
    try {
      texts[table] = { file, text: await readFile(file, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      throw new InvalidInputError('import903.unreadable_file', `cannot read ${file}: ${(error as Error).message}`, { file, reason: code }, { cause: error });
    }
  }
  if (Object.keys(texts).length === 0) {
    throw new InvalidInputError('import903.no_tables', `${dir} holds no 903 CSV (${TABLE_NAMES.map((t) => TABLES[t].fileName).join(', ')})`, { dir });
  }
  return parseCsvTables(texts, year);
};
