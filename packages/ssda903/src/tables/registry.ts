import type { CollectionYear } from '../collectionYear';
import { episodes } from './episodes';
import { header } from './header';
import { missing } from './missing';
import { reviews } from './reviews';
import { schemaFor, type AnyTable, type RowOf } from './table';
import { uasc } from './uasc';

/**
 * The 903 tables careledger returns, one line each. A new table is its module, its select (return/<table>.sql, naming
 * the table's columns) and one line here: every type and list below, the selection and the writers are derived from
 * this object.
 */
export const TABLES = {
  header,
  episodes,
  reviews,
  missing,
  uasc,
} as const satisfies Record<string, AnyTable>;

export type TableName = keyof typeof TABLES;
export type Row<T extends TableName> = RowOf<(typeof TABLES)[T]>;
export type Ssda903Tables = { readonly [T in TableName]: readonly Row<T>[] };

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export const TABLE_FILE_NAMES = Object.fromEntries(TABLE_NAMES.map((t) => [t, TABLES[t].fileName])) as {
  readonly [T in TableName]: (typeof TABLES)[T]['fileName'];
};

/** The table a 903 file name stands for (header.csv -> header), if any. */
export function tableForFileName(fileName: string): TableName | undefined {
  return TABLE_NAMES.find((t) => TABLES[t].fileName === fileName);
}

/** The column order of `table` in `year`'s 903. */
export function tableColumns<T extends TableName>(table: T, year: CollectionYear): readonly (keyof Row<T> & string)[] {
  return schemaFor(TABLES[table] as AnyTable, year).columns as readonly (keyof Row<T> & string)[];
}

export function emptyTables(): Ssda903Tables {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Ssda903Tables;
}
