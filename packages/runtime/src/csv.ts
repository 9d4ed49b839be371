/** One CSV cell as RFC 4180 writes it: quoted only when it holds a quote, a comma or a line break. */
export function csvQuote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

type CsvCell = string | number | boolean | null | undefined;

/** A header line and one line per row, in `columns` order; null and undefined are empty cells; one trailing newline. */
export function formatCsv(columns: readonly string[], rows: readonly Readonly<Record<string, CsvCell>>[]): string {
  const lines = [columns.map(csvQuote).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvQuote(row[c] === null || row[c] === undefined ? '' : String(row[c]))).join(','));
  return `${lines.join('\n')}\n`;
}
