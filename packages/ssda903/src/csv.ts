import { CareledgerError } from '@careledger/runtime';
import { tableColumns, type Row, type TableName } from './tables';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV with the DfE column order, CRLF-free, one trailing newline. */
export function toCsv<T extends TableName>(table: T, rows: readonly Row<T>[]): string {
  const columns = tableColumns[table] as readonly string[];
  const lines = [columns.join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => quote((row as Record<string, string>)[c] ?? '')).join(','));
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
 * Reads a 903 CSV written by any system: columns are matched by name (case-insensitive), so files with extra or
 * reordered columns still load; a missing required column is an error naming it.
 */
export function fromCsv<T extends TableName>(table: T, text: string, fileName = `${table}.csv`): Row<T>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = splitCsvLine(lines[0]!).map((h) => h.trim().toUpperCase());
  const columns = tableColumns[table] as readonly string[];
  const positions = columns.map((c) => header.indexOf(c));
  const missing = columns.filter((_, i) => positions[i] === -1);
  if (missing.length > 0) {
    throw new CareledgerError('csv.missing_column', `${fileName}: missing column(s) ${missing.join(', ')}`, { file: fileName, columns: missing });
  }
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    const row: Record<string, string> = {};
    columns.forEach((c, i) => { row[c] = (cells[positions[i]!] ?? '').trim(); });
    return row as Row<T>;
  });
}
