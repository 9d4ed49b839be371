import type { CollectionYear } from '../collectionYear';
import { TABLES, TABLE_NAMES, tableColumns, type TableName } from '../tables/registry';

/** Which 903 table a file holds, as far as its name and header row tell. */
export type FileIdentity =
  | { readonly kind: 'table'; readonly table: TableName; readonly by: 'columns' | 'name' }
  | { readonly kind: 'ambiguous'; readonly tables: readonly TableName[] }
  | { readonly kind: 'unknown' };

const stemOf = (fileName: string): string => fileName.toLowerCase().replace(/\.[^.]*$/, '');

/**
 * The tables a file's name stands for: its name without extension is the table's file name (any case), or holds it
 * between anything but letters (903_episodes_2024.csv, Episodes2024.csv; not myepisodes.csv). A name inside another
 * that also matches gives way to it (sw_episodes is not episodes).
 */
function tablesByName(fileName: string): TableName[] {
  const base = stemOf(fileName.split(/[\\/]/).pop() ?? fileName);
  const matches = TABLE_NAMES.filter((t) => {
    const stem = stemOf(TABLES[t].fileName);
    return base === stem || new RegExp(`(^|[^a-z])${stem.replace(/[^a-z0-9]/g, '[^a-z0-9]')}($|[^a-z])`).test(base);
  });
  return matches.filter((t) => !matches.some((u) => u !== t && stemOf(TABLES[u].fileName).includes(stemOf(TABLES[t].fileName))));
}

/**
 * The tables whose every column for `year` the header holds, less any whose columns are all inside another's
 * (a file with a table's columns and more is the larger table).
 */
function tablesByColumns(header: readonly string[], year: CollectionYear): TableName[] {
  const has = new Set(header.map((h) => h.trim().toUpperCase()));
  const matches = TABLE_NAMES.filter((t) => tableColumns(t, year).every((c) => has.has(c)));
  const inside = (t: TableName, u: TableName) => tableColumns(t, year).every((c) => (tableColumns(u, year) as readonly string[]).includes(c));
  return matches.filter((t) => !matches.some((u) => u !== t && inside(t, u) && !inside(u, t)));
}

/**
 * The table a 903 file holds, as the DfE collection's readers tell it: by its columns first (a header holding all of
 * a table's columns for the year is that table; when it holds several tables' columns its name chooses among them),
 * then by its name (a file named for a table but lacking some of its columns is still that table, read with them
 * blank or refused for them). Anything else is ambiguous or unknown, for the caller to name.
 */
export function identifyFile(fileName: string, header: readonly string[], year: CollectionYear): FileIdentity {
  const byColumns = tablesByColumns(header, year);
  const byName = tablesByName(fileName);
  if (byColumns.length === 1) return { kind: 'table', table: byColumns[0]!, by: 'columns' };
  if (byColumns.length > 1) {
    const named = byColumns.filter((t) => byName.includes(t));
    return named.length === 1 ? { kind: 'table', table: named[0]!, by: 'columns' } : { kind: 'ambiguous', tables: byColumns };
  }
  if (byName.length === 1) return { kind: 'table', table: byName[0]!, by: 'name' };
  return byName.length > 1 ? { kind: 'ambiguous', tables: byName } : { kind: 'unknown' };
}
