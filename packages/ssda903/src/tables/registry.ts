import type { CollectionYear } from '../collectionYear';
import { ad1 } from './ad1';
import { dolo } from './dolo';
import { episodes } from './episodes';
import { header } from './header';
import { missing } from './missing';
import { oc2 } from './oc2';
import { oc3 } from './oc3';
import { placedAdoption } from './placedAdoption';
import { prevPerm } from './prevPerm';
import { reviews } from './reviews';
import { swEpisodes } from './swEpisodes';
import { schemaFor, type AnyTable, type RowOf } from './table';
import { uasc } from './uasc';

/**
 * The 903 tables careledger returns, one line each, in the DfE's order. A new table is its module, its select
 * (return/<table>.sql, naming the table's columns) and one line here: every type and list below, the selection and
 * the writers are derived from this object.
 */
export const TABLES = {
  header,
  episodes,
  reviews,
  uasc,
  oc2,
  oc3,
  ad1,
  placedAdoption,
  prevPerm,
  missing,
  swEpisodes,
  dolo,
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

/** Does `year`'s return have `table`? (SWEpisodes starts in 2023-24: earlier years have no such table.) */
export function isTableInYear(table: TableName, year: CollectionYear): boolean {
  const first = (TABLES[table] as AnyTable).fromYear;
  return first === undefined || year.endYear >= first;
}

/** The tables of `year`'s return, in the DfE's order. */
export function tablesInYear(year: CollectionYear): TableName[] {
  return TABLE_NAMES.filter((table) => isTableInYear(table, year));
}

/** The column order of `table` in `year`'s 903. */
export function tableColumns<T extends TableName>(table: T, year: CollectionYear): readonly (keyof Row<T> & string)[] {
  return schemaFor(TABLES[table] as AnyTable, year).columns as readonly (keyof Row<T> & string)[];
}

export function emptyTables(): Ssda903Tables {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Ssda903Tables;
}
