import { NOT_UTF8, NOT_UTF8_REASON } from './encoding';
import { InvalidInputError } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';
import { columnOf } from '../tables/mapping';
import { TABLES, tableColumns, type Row, type TableName } from '../tables/registry';
import { schemaFor } from '../tables/table';
import { parseCsv, type CsvText } from './csv';

/**
 * `error`: what the caller needs cannot be read (the row, column or file is left out, and a figure from the rest
 * would be wrong); `notice`: read anyway, in a way worth saying (a column the caller does not need is absent, a row
 * of only commas was skipped).
 */
export type IssueSeverity = 'error' | 'notice';

/** One thing a 903 file says that careledger could not read as written, located to its cell. */
export interface ReadIssue {
  readonly file: string;
  /** The file's line (the header is line 1); null when the issue is the file as a whole. */
  readonly line: number | null;
  readonly column: string | null;
  readonly value: string;
  readonly reason: string;
  readonly severity: IssueSeverity;
}

/**
 * The columns of each table a caller cannot do without. An absent or unreadable cell of a needed column is an error
 * and leaves its row out; of any other column it is a notice, and the cell reads as blank.
 */
export type ColumnsNeeded = { readonly [T in TableName]?: readonly (keyof Row<T> & string)[] };

/** Every column of every table: what an importer keeping whole rows needs. */
export const everyColumn = (year: CollectionYear): ColumnsNeeded =>
  Object.fromEntries(Object.keys(TABLES).map((t) => [t, tableColumns(t as TableName, year)])) as ColumnsNeeded;

/** The rows of one table read from one file, with the line each row was on and what could not be read. */
export interface TableReading<T extends TableName> {
  readonly rows: readonly Row<T>[];
  readonly lines: readonly number[];
  readonly issues: readonly ReadIssue[];
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * Reads one 903 table from the CSV a case system wrote for `year`, keeping every row it can read whole and naming
 * every cell it cannot: columns are matched by name whatever their case and order, extra columns are ignored, rows
 * of only commas are skipped, values are normalised (trimmed, codes upper-case and in the year's coding, dates as
 * calendar dates). Pure: the same text always gives the same reading.
 */
export function read903Table<T extends TableName>(
  table: T, csv: string | CsvText, year: CollectionYear, file: string, needed: readonly string[] = tableColumns(table, year),
): TableReading<T> {
  const { records, unclosedQuoteAt } = typeof csv === 'string' ? parseCsv(csv) : csv;
  const issues: ReadIssue[] = [];
  const severityOf = (column: string | null): IssueSeverity => (column === null ? needed.length > 0 : needed.includes(column)) ? 'error' : 'notice';
  const issue = (line: number | null, column: string | null, value: string, reason: string): void => {
    issues.push({ file, line, column, value, reason, severity: severityOf(column) });
  };
  if (unclosedQuoteAt !== undefined) issue(unclosedQuoteAt, null, '', 'a quoted cell opens here and never closes, so nothing from this line on can be read');

  const headerAt = records.findIndex((r) => !isBlank(r.cells));
  if (headerAt === -1) {
    if (unclosedQuoteAt === undefined) issue(null, null, '', 'the file is empty: it has no header row');
    return { rows: [], lines: [], issues };
  }
  const headerRecord = records[headerAt]!;
  const header = headerRecord.cells.map((h) => h.trim().toUpperCase());
  const columns = tableColumns(table, year);
  const positions = new Map<string, number>();
  for (const name of columns) {
    const at = header.flatMap((h, i) => (h === name ? [i] : []));
    if (at.length === 1) positions.set(name, at[0]!);
    else if (at.length === 0) issue(headerRecord.line, name, '', needed.includes(name) ? 'the header has no such column' : 'the header has no such column: read as blank');
    else issue(headerRecord.line, name, '', `the header has this column ${at.length} times, so which one is meant is a guess${needed.includes(name) ? '' : ': read as blank'}`);
  }
  if (needed.some((name) => !positions.has(name))) return { rows: [], lines: [], issues };

  const schema = schemaFor(TABLES[table], year);
  const yearCodes = schema.codes as Record<string, readonly string[] | undefined> | undefined;
  const allColumns = Object.keys(TABLES[table].columns);
  const rows: Row<T>[] = [];
  const lines: number[] = [];
  const blankLines: number[] = [];
  for (const { line, cells } of records.slice(headerAt + 1)) {
    if (isBlank(cells)) { blankLines.push(line); continue; }
    let whole = true;
    const extra = cells.slice(header.length);
    if (!isBlank(extra)) {
      issue(line, null, extra.join(','), `the row has ${cells.length} cells but the header ${header.length}: an unquoted comma moves every cell after it`);
      whole = false;
    }
    const row: Record<string, string> = Object.fromEntries(allColumns.map((c) => [c, '']));
    for (const [name, at] of positions) {
      const cell = cells[at] ?? '';
      const reading = cell.includes(NOT_UTF8) ? { ok: false as const, reason: NOT_UTF8_REASON } : columnOf(table, name).read(cell, year, yearCodes?.[name]);
      if (reading.ok) row[name] = reading.value;
      else if (needed.includes(name)) { issue(line, name, cell, reading.reason); whole = false; }
      else issue(line, name, cell, `${reading.reason}: read as blank`);
    }
    if (whole) { rows.push(row as Row<T>); lines.push(line); }
  }
  if (blankLines.length > 0) {
    issues.push({ file, line: blankLines[0]!, column: null, value: '', reason: `skipped ${blankLines.length} row(s) with no values (line ${blankLines.join(', ')})`, severity: 'notice' });
  }
  return { rows, lines, issues };
}

/** An issue as one line a data officer can act on: where, what the cell says, why it cannot be read. */
export function describeIssue(issue: ReadIssue): string {
  const where = [issue.file, issue.line === null ? undefined : `line ${issue.line}`, issue.column ?? undefined].filter(Boolean).join(', ');
  return `${where}: ${issue.value === '' ? '' : `'${issue.value}' `}${issue.reason}`;
}

const SHOWN = 20;

/**
 * The refusal of a reading with errors: the message shows the first twenty and the count, the context holds them
 * all (with the notices), so a caller can list every one.
 */
export function unreadableError(subject: string, issues: readonly ReadIssue[]): InstanceType<typeof InvalidInputError> {
  const errors = issues.filter((i) => i.severity === 'error');
  const shown = errors.slice(0, SHOWN).map((i) => `  ${describeIssue(i)}`);
  const more = errors.length > SHOWN ? [`  ... and ${errors.length - SHOWN} more`] : [];
  return new InvalidInputError(
    'ssda903.unreadable',
    [`${subject}: ${errors.length === 1 ? '1 issue stops' : `${errors.length} issues stop`} it being read:`, ...shown, ...more].join('\n'),
    { errors, notices: issues.filter((i) => i.severity === 'notice') },
  );
}

/** One table's rows from a CSV text, refusing it (naming every error) unless every row reads whole. */
export function fromCsv<T extends TableName>(table: T, text: string, year: CollectionYear, fileName: string = TABLES[table].fileName): Row<T>[] {
  const reading = read903Table(table, text, year, fileName);
  if (reading.issues.some((i) => i.severity === 'error')) throw unreadableError(fileName, reading.issues);
  return [...reading.rows];
}
