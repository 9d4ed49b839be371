import type { CollectionYear } from '../collectionYear';
import type { Column } from './column';
import { TABLES, tableColumns, type Row, type TableName } from './registry';

export const columnOf = (table: TableName, name: string): Column => (TABLES[table].columns as Record<string, Column>)[name]!;

/** A row as the cells of `year`'s 903 file: its columns in order, DD/MM/YYYY dates, the year's codes. */
export function csvCells<T extends TableName>(table: T, row: Row<T>, year: CollectionYear): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const name of tableColumns(table, year)) {
    const column = columnOf(table, name);
    cells[name] = column.toCell(column.forYear((row as Record<string, string>)[name] ?? '', year));
  }
  return cells;
}

/** A row recoded as `year`'s 903 codes it, dates still calendar dates (what the year's figures count). */
export function rowForYear<T extends TableName>(table: T, row: Row<T>, year: CollectionYear): Row<T> {
  const recoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(row as Record<string, string>)) recoded[name] = columnOf(table, name).forYear(value, year);
  return recoded as Row<T>;
}
