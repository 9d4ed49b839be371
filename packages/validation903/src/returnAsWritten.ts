import { basename } from 'node:path';
import {
  csvCells, fromXml, identifyFile, parseCsv, tableColumns, tablesInYear, TABLES, TABLE_NAMES, type CollectionYear, type Row, type Ssda903Tables,
  type TableName,
} from '@careledger/ssda903';

/** One row of a 903 table as its file writes it: the cells by column name (upper case), and where it is. */
export interface RowAsWritten {
  /** The row in its file: the CSV line (the header is line 1), or for XML the row's position in its table. */
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface TableAsWritten {
  readonly file: string;
  readonly rows: readonly RowAsWritten[];
}

/** Something about the files themselves: a file that is no table, two files of one table, a table missing. */
export interface ReturnFileProblem {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;
  /** `error`: validation cannot be trusted without it (no Episodes file); `notice`: worth saying, not stopping. */
  readonly severity: 'error' | 'notice';
}

/** A year's 903 as the DfE's collection reads it, before any rule: every row kept, whatever its cells say. */
export interface ReturnAsWritten {
  readonly tables: Partial<Record<TableName, TableAsWritten>>;
  readonly problems: readonly ReturnFileProblem[];
}

/** A 903 file by its name and text. */
export interface ReturnFile {
  readonly name: string;
  readonly text: string;
}

/** The rows of one CSV table, each cell keyed by its header (trimmed, upper case); rows of only commas skipped. */
function csvRows(text: string): { rows: RowAsWritten[]; header: string[]; unclosedQuoteAt?: number } {
  const csv = parseCsv(text);
  const records = csv.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = (records[0]?.cells ?? []).map((h) => h.trim().toUpperCase());
  const rows = records.slice(1).map((record) => ({
    row: record.line,
    cells: Object.fromEntries(header.map((column, i) => [column, record.cells[i] ?? ''])),
  }));
  return { rows, header, ...(csv.unclosedQuoteAt !== undefined ? { unclosedQuoteAt: csv.unclosedQuoteAt } : {}) };
}

/**
 * The return a set of files holds: an XML return, or CSV files each identified as the DfE's collection identifies
 * them (by their columns, then their name). Nothing is left out for what its cells say: that is for the rules.
 */
export function readReturnFiles(files: readonly ReturnFile[], year: CollectionYear): ReturnAsWritten {
  const problems: ReturnFileProblem[] = [];
  const tables: Partial<Record<TableName, TableAsWritten>> = {};
  const xml = files.filter((f) => /\.xml$/i.test(f.name));
  const csv = files.filter((f) => !/\.xml$/i.test(f.name));
  if (xml.length > 1) {
    for (const file of xml) problems.push({ file: file.name, line: null, reason: `is one of ${xml.length} XML returns given (${xml.map((f) => f.name).join(', ')}): give one`, severity: 'error' });
    return { tables, problems };
  }
  if (xml.length === 1 && csv.length > 0) {
    for (const file of csv) problems.push({ file: file.name, line: null, reason: 'is given beside an XML return, which holds every table, so it is not read', severity: 'notice' });
  }
  if (xml.length === 1) {
    const file = xml[0]!;
    const read = fromXml(file.text, year, { asWritten: true });
    for (const issue of read.issues) problems.push({ file: file.name, line: null, reason: `${issue.child ? `${issue.child}: ` : ''}${issue.element ? `${issue.element}: ` : ''}${issue.reason}`, severity: 'error' });
    for (const table of TABLE_NAMES) {
      const rows = read.tables[table] as readonly Record<string, string>[];
      tables[table] = { file: file.name, rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
    }
  } else {
    const claims = new Map<TableName, { file: ReturnFile; read: ReturnType<typeof csvRows> }[]>();
    for (const file of csv) {
      const read = csvRows(file.text);
      const identity = identifyFile(file.name, read.header, year);
      if (identity.kind === 'table') claims.set(identity.table, [...(claims.get(identity.table) ?? []), { file, read }]);
      else if (identity.kind === 'ambiguous') problems.push({ file: file.name, line: null, reason: `could be any of ${identity.tables.map((t) => TABLES[t].dfeName).join(', ')} by its columns and name, so it is not read`, severity: 'error' });
      else problems.push({ file: file.name, line: null, reason: 'is no 903 table (neither its name nor its columns say which), so it is not read', severity: 'notice' });
    }
    for (const [table, claimed] of claims) {
      if (claimed.length > 1) {
        for (const { file } of claimed) problems.push({ file: file.name, line: null, reason: `is one of ${claimed.length} files of ${TABLES[table].dfeName} (${claimed.map((c) => c.file.name).join(', ')}), so none of them is read`, severity: 'error' });
        continue;
      }
      const { file, read } = claimed[0]!;
      if (read.unclosedQuoteAt !== undefined) problems.push({ file: file.name, line: read.unclosedQuoteAt, reason: 'has a quoted cell that never closes: nothing after it can be read', severity: 'error' });
      tables[table] = { file: file.name, rows: read.rows };
    }
  }
  if (xml.length === 0) addUascFlags(tables);
  for (const table of TABLE_NAMES) {
    if (TABLES[table].requiredInFolder && !tables[table] && !problems.some((p) => p.severity === 'error' && p.reason.includes(TABLES[table].dfeName))) {
      problems.push({ file: TABLES[table].fileName, line: null, reason: `is missing: no file holds ${TABLES[table].dfeName}, which every 903 return has`, severity: 'error' });
    }
  }
  return { tables, problems };
}

/**
 * The Header's UASC flag, which an XML return states in HEADER and a CSV return leaves to its UASC file: as the DfE's
 * collection reads CSVs, 1 for a child with a UASC row, else 0 (so rules 105, 205C and 303 read one column).
 */
function addUascFlags(tables: Partial<Record<TableName, TableAsWritten>>): void {
  const header = tables.header;
  if (!header) return;
  const uasc = new Set((tables.uasc?.rows ?? []).map((r) => (r.cells.CHILD ?? '').trim().toUpperCase()));
  tables.header = {
    ...header,
    rows: header.rows.map((r) => ({ ...r, cells: { ...r.cells, UASC: uasc.has((r.cells.CHILD ?? '').trim().toUpperCase()) ? '1' : '0' } })),
  };
}

/**
 * careledger's own derived return, as the files it would write for the year read back: each row's cells as its CSV
 * writes them, on its CSV line. Built from the cells directly, since writing the CSV only to parse it again costs
 * more than the validation's rules (the test pins it to the round trip).
 */
export function returnFromTables(selected: Ssda903Tables, year: CollectionYear): ReturnAsWritten {
  const tables: Partial<Record<TableName, TableAsWritten>> = {};
  for (const table of tablesInYear(year)) {
    const columns = tableColumns(table, year);
    tables[table] = {
      file: TABLES[table].fileName,
      rows: (selected[table] as readonly Row<typeof table>[]).map((row, i) => {
        const written = csvCells(table, row, year);
        return { row: i + 2, cells: Object.fromEntries(columns.map((c) => [c.toUpperCase(), written[c] ?? ''])) };
      }),
    };
  }
  addUascFlags(tables);
  return { tables, problems: [] };
}

export const fileLabel = (path: string): string => basename(path);
