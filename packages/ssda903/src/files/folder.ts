import type { CollectionYear } from '../collectionYear';
import { TABLES, TABLE_NAMES, type Ssda903Tables, type TableName } from '../tables';
import { parseCsv, toCsv } from './csv';
import { identifyFile } from './identify';
import { everyColumn, read903Table, type ColumnsNeeded, type ReadIssue } from './reading';

/** One file of a 903 folder: its name (as the caller will want it shown) and its text. */
export interface Ssda903File {
  readonly name: string;
  readonly text: string;
}

/** Where a row was read from. */
export interface RowOrigin {
  readonly file: string;
  readonly line: number;
}

/**
 * A 903 folder as read: the rows of each table that read whole, where each came from (in the same order), which
 * file each table was read from, and every issue, errors and notices (those of whole files first, then each
 * table's in the registry's order).
 */
export interface Ssda903Reading {
  readonly tables: Ssda903Tables;
  readonly origins: { readonly [T in TableName]: readonly RowOrigin[] };
  readonly files: { readonly [T in TableName]?: string };
  readonly issues: readonly ReadIssue[];
}

export interface ReadingOptions {
  /** The columns the caller cannot do without (default: every column of every table). */
  readonly needed?: ColumnsNeeded;
}

/** Every table's CSV as `year`'s 903 writes it. */
export function formatSsda903Files(tables: Ssda903Tables, year: CollectionYear): { readonly [T in TableName]: string } {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, toCsv(t, tables[t], year)])) as { [T in TableName]: string };
}

/**
 * The tables of a 903 folder's files, whatever the case system named them: each file's table is told by its columns
 * and name (identify.ts), each table is read row by row (reading.ts), and what cannot be read is named, never
 * guessed. A file that is no table is a notice; one that could be several tables, two files of one table, or no file
 * for a table the folder must have (header, episodes) is an error. Pure: the file system is fs.ts's.
 */
export function read903Files(files: readonly Ssda903File[], year: CollectionYear, options: ReadingOptions = {}): Ssda903Reading {
  const needed = options.needed ?? everyColumn(year);
  const neededOf = (t: TableName): readonly string[] => needed[t] ?? [];
  const issues: ReadIssue[] = [];
  const fileIssue = (file: string, reason: string, severity: ReadIssue['severity']) => issues.push({ file, line: null, column: null, value: '', reason, severity });

  const parsed = files.map((f) => ({ ...f, csv: parseCsv(f.text) }));
  const claims = new Map<TableName, (typeof parsed)[number][]>();
  for (const file of parsed) {
    const header = file.csv.records.find((r) => r.cells.some((c) => c.trim() !== ''))?.cells ?? [];
    const identity = identifyFile(file.name, header, year);
    if (identity.kind === 'table') claims.set(identity.table, [...(claims.get(identity.table) ?? []), file]);
    else if (identity.kind === 'ambiguous') {
      const severity = identity.tables.some((t) => neededOf(t).length > 0) ? 'error' : 'notice';
      fileIssue(file.name, `could be any of ${identity.tables.map((t) => TABLES[t].dfeName).join(', ')} by its columns and name, so it is not read`, severity);
    } else fileIssue(file.name, 'is no 903 table careledger reads (neither its name nor its columns say which), so it is not read', 'notice');
  }

  const tables: Partial<Record<TableName, readonly unknown[]>> = {};
  const origins: Partial<Record<TableName, readonly RowOrigin[]>> = {};
  const from: { [T in TableName]?: string } = {};
  for (const table of TABLE_NAMES) {
    tables[table] = [];
    origins[table] = [];
    const claimed = claims.get(table) ?? [];
    if (claimed.length > 1) {
      const severity = neededOf(table).length > 0 ? 'error' : 'notice';
      for (const file of claimed) fileIssue(file.name, `is one of ${claimed.length} files of ${TABLES[table].dfeName} (${claimed.map((f) => f.name).join(', ')}), so none of them is read`, severity);
      continue;
    }
    const file = claimed[0];
    if (!file) {
      if (TABLES[table].requiredInFolder) fileIssue(TABLES[table].fileName, `is not in the folder: no file holds ${TABLES[table].dfeName}, which every 903 folder has`, 'error');
      continue;
    }
    const reading = read903Table(table, file.csv, year, file.name, neededOf(table));
    tables[table] = reading.rows;
    origins[table] = reading.lines.map((line) => ({ file: file.name, line }));
    from[table] = file.name;
    issues.push(...reading.issues);
  }
  return { tables: tables as Ssda903Tables, origins: origins as Ssda903Reading['origins'], files: from, issues };
}
