import { formatCsv } from '@careledger/runtime';
import { parseCsv } from '@careledger/ssda903';
import { COMPARATOR_SOURCES, type ComparatorSource } from './comparatorMapping';
import type { PublishedTableSpec } from './publishedSources';
import { GEOGRAPHIC_LEVELS, readPublishedTable } from './publishedTable';

/**
 * The time and geography columns the shipped copies keep, in DfE's order (country_code, country_name and region_code
 * say nothing region_name does not: England is the only country, and a region is told by its name).
 */
const KEPT_GEOGRAPHY = ['time_period', 'time_identifier', 'geographic_level', 'region_name', 'old_la_code', 'la_name', 'new_la_code'];

/**
 * The shipped copy of one downloaded DfE table: only the rows some comparison of the mapping uses (its
 * characteristic values, at National, Regional or Local authority level) and only the time, geography,
 * characteristic and value columns of the table's spec, cells as DfE wrote them. The download is read in full
 * first, so a malformed download is refused rather than shipped.
 */
export function shippedCopyOf(spec: PublishedTableSpec, text: string, file: string, sources: readonly ComparatorSource[] = COMPARATOR_SOURCES): string {
  readPublishedTable(text, file, { valueColumns: spec.valueColumns, requiredColumns: [...spec.filterColumns, ...spec.valueColumns] });
  const used = sources.filter((s) => s.table === spec.id);
  const [header, ...records] = parseCsv(text).records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const names = header!.cells.map((c) => c.trim());
  const columns = [...KEPT_GEOGRAPHY.filter((c) => names.includes(c)), ...spec.filterColumns, ...spec.valueColumns];
  const rows = records
    .map((r) => Object.fromEntries(names.map((name, i) => [name, (r.cells[i] ?? '').trim()])))
    .filter((row) => (GEOGRAPHIC_LEVELS as readonly string[]).includes(row['geographic_level'] ?? ''))
    .filter((row) => used.some((s) => Object.entries(s.where).every(([column, value]) => row[column] === value)));
  return formatCsv(columns, rows);
}
