import { TABLES, TABLE_NAMES, type AnyTable, type TableName } from '@careledger/ssda903';

/**
 * The tables the rules read, as DuckDB holds them for one validation: every 903 table of careledger's registry under
 * its SQL name, and the same again with `_last` for the previous year's return. Every cell is text as the DfE's
 * collection reads it (trimmed, upper case, NULL when blank); each date column X also has X_date, the DATE it reads
 * as (NULL when it is not a DD/MM/YYYY date), and each row has `row_no`, the row in its file.
 */
export interface ValidationTable {
  /** The table's DfE name, as failures name it (Episodes). */
  readonly dfeName: string;
  /** Its SQL name (episodes; the previous year's is episodes_last). */
  readonly sqlName: string;
  readonly registryName: TableName;
  /** Every column the table has had in any year: a year without one holds it NULL. */
  readonly columns: readonly string[];
  readonly dateColumns: readonly string[];
}

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Columns the DfE derives for each episode from its postcodes and the ONS Postcode Directory (never in a file): the
 * distance in miles between home and placement, the placement's upper-tier LA and whether it is IN or OUT of the
 * placing LA. NULL unless the postcode reference files are configured.
 */
export const DERIVED_EPISODE_COLUMNS = ['PL_DISTANCE', 'PL_LA', 'PL_LOCATION'] as const;

/**
 * Columns the DfE's collection reads that careledger's tables do not hold: the Header's UASC flag (HEADER's UASC
 * element in XML; for CSV, whether the child has a UASC row).
 */
const COLLECTION_COLUMNS: Partial<Record<TableName, readonly string[]>> = { header: ['UASC'] };

export const VALIDATION_TABLES: readonly ValidationTable[] = TABLE_NAMES.map((name) => {
  const table: AnyTable = TABLES[name];
  const columns = [...Object.keys(table.columns), ...(COLLECTION_COLUMNS[name] ?? [])];
  return {
    dfeName: table.dfeName, sqlName: snake(name), registryName: name, columns,
    dateColumns: columns.filter((c) => table.columns[c]?.kind === 'date'),
  };
});

export const tableByDfeName = (dfeName: string): ValidationTable | undefined =>
  VALIDATION_TABLES.find((t) => t.dfeName.toLowerCase() === dfeName.toLowerCase());
