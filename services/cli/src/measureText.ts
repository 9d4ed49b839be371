import { formatCsv } from '@careledger/runtime';
import type { Measure, MeasureResult, MeasureRow } from '@careledger/measures';

export type ListFormat = 'table' | 'csv' | 'json';

/** The columns of a drill-through list: the child (and record), membership, then the measure's own columns. */
export function listColumns(measure: Measure): string[] {
  return ['child_id', ...(measure.counts === 'children' ? [] : ['record_id']), 'in_numerator', 'in_denominator', ...Object.keys(measure.columns)];
}

/** A figure in one line: "12% (3 / 25)", "8", "not available (why)". */
export function figureText(result: Pick<MeasureResult, 'value' | 'numerator' | 'denominator' | 'note'>, unit: Measure['unit']): string {
  if (result.value === null) return `not available${result.note ? ` (${result.note})` : ''}`;
  const value = unit === 'percent' ? `${result.value}%` : unit === 'days' ? `${result.value} days` : String(result.value);
  return result.denominator !== undefined && unit !== 'count' ? `${value} (${result.numerator} / ${result.denominator})` : value;
}

/** Plain text columns, padded: what a terminal shows. */
export function textTable(columns: readonly string[], rows: readonly Readonly<Record<string, unknown>>[]): string[] {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line([...columns]), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))];
}

export function listText(measure: Measure, rows: readonly MeasureRow[], format: ListFormat): string {
  const columns = listColumns(measure);
  if (format === 'csv') return formatCsv(columns, rows);
  return `${textTable(columns, rows).join('\n')}\n`;
}
