import type { CollectionYear } from '../collectionYear';
import { TABLES, TABLE_NAMES, type Ssda903Tables, type TableName } from '../tables';
import { fromCsv, toCsv } from './csv';

/** The text of each table's file in a 903 folder (undefined: the file is not there). */
export type FolderTexts = { readonly [T in TableName]?: string };

/** Every table's CSV as `year`'s 903 writes it. */
export function formatSsda903Files(tables: Ssda903Tables, year: CollectionYear): { readonly [T in TableName]: string } {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, toCsv(t, tables[t], year)])) as { [T in TableName]: string };
}

/**
 * The tables of a 903 folder's files; a table whose file is not there is empty. Which files must be there is the
 * caller's to check (see `missingRequiredFiles`), so this stays a pure function of the texts.
 */
export function parseSsda903Files(texts: FolderTexts, year: CollectionYear, describe: (table: TableName) => string = (t) => TABLES[t].fileName): Ssda903Tables {
  const tables: Partial<Record<TableName, readonly unknown[]>> = {};
  for (const table of TABLE_NAMES) {
    const text = texts[table];
    tables[table] = text === undefined ? [] : fromCsv(table, text, year, describe(table));
  }
  return tables as Ssda903Tables;
}

/** The tables a 903 folder must have a file for but does not. */
export function missingRequiredFiles(texts: FolderTexts): TableName[] {
  return TABLE_NAMES.filter((t) => TABLES[t].requiredInFolder && texts[t] === undefined);
}
