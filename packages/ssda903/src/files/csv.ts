import { InvalidInputError } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';
import { TABLES, tableColumns, type Row, type TableName } from '../tables/registry';
import { columnOf, csvCells } from '../tables/mapping';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

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

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inQuotes) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') { cells.push(cell); cell = ''; }
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * Reads a 903 CSV of `year` written by any system: columns are matched by name (case-insensitive), so files with
 * extra or reordered columns still load; a missing column or a cell that is not a date is an error naming it.
 * Codes are kept as the file spells them.
 */
export function fromCsv<T extends TableName>(table: T, text: string, year: CollectionYear, fileName: string = TABLES[table].fileName): Row<T>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = splitCsvLine(lines[0]!).map((h) => h.trim().toUpperCase());
  const columns = tableColumns(table, year);
  const positions = columns.map((c) => header.indexOf(c));
  const missing = columns.filter((_, i) => positions[i] === -1);
  if (missing.length > 0) {
    throw new InvalidInputError('ssda903.missing_column', `${fileName}: missing column(s) ${missing.join(', ')}`, { file: fileName, columns: missing });
  }
  const allColumns = Object.keys(TABLES[table].columns);
  return lines.slice(1).map((line, index) => {
    const cells = splitCsvLine(line);
    const row: Record<string, string> = Object.fromEntries(allColumns.map((c) => [c, '']));
    columns.forEach((name, i) => {
      const cell = (cells[positions[i]!] ?? '').trim();
      const value = columnOf(table, name).fromCell(cell);
      if (value === undefined) {
        throw new InvalidInputError('ssda903.invalid_date', `${fileName} line ${index + 2}: ${name} '${cell}' is not a date (use DD/MM/YYYY)`, { file: fileName, line: index + 2, column: name, value: cell });
      }
      row[name] = value;
    });
    return row as Row<T>;
  });
}
