import { readFileSync } from 'node:fs';
import { PLACEMENTS_WITHOUT_OFSTED_URN, SHORT_BREAK_LEGAL_STATUSES } from '../codeLists';
import { placementsNeedingDecision } from '../codingByYear';
import type { CollectionYear } from '../collectionYear';
import { isTableInYear, rowForYear, TABLE_NAMES, TABLES, type Row, type Ssda903Tables, type TableName } from '../tables';
import { splitSql } from '../derive/sqlText';
import type { ProjectionQuery } from './port';
import { checkReturnScope, returnCutoff, type ReturnScope } from './scope';

const sql = (file: string): string => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
const IN_YEAR: readonly string[] = splitSql(sql('inYear.sql'));
/** Between the child ids of $children: no child id holds it (chr(31) in the SQL). */
const UNIT_SEPARATOR = '\u001f';

/**
 * The OC2 table's select (oc2.sql), for what else counts its cohort (the measure catalogue): it names `$laCode`,
 * `$yearStart` and `$cutoff` and reads only projections, not the in-year tables.
 */
export const OC2_SELECT_SQL: string = sql('oc2.sql').trim().replace(/;$/, '');

/** The OC3 table's select (oc3.sql), likewise: `$laCode`, `$yearStart`, `$cutoff`, projections only. */
export const OC3_SELECT_SQL: string = sql('oc3.sql').trim().replace(/;$/, '');

/** Only the parameters a statement names: DuckDB refuses values a statement does not use. */
function paramsOf(statement: string, params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => new RegExp(`\\$${name}\\b`).test(statement)));
}

type Cell = string | boolean | null | undefined;
type ProjectionRow = Record<string, Cell>;
const text = (value: Cell): string => (typeof value === 'string' ? value : '');

/**
 * What every return statement may name: the scope, and the code lists its rules read, as comma-separated lists
 * generated from the one TypeScript home of each rule (a statement splits them with string_split).
 */
export function returnParams(scope: ReturnScope): Record<string, string> {
  return {
    laCode: scope.laCode, yearStart: scope.year.start, cutoff: returnCutoff(scope),
    shortBreakStatuses: SHORT_BREAK_LEGAL_STATUSES.join(','),
    placementsWithoutUrn: PLACEMENTS_WITHOUT_OFSTED_URN.join(','),
    placementsNeedingDecision: placementsNeedingDecision(scope.year).join(','),
    children: scope.children === undefined ? '' : scope.children.length === 0 ? UNIT_SEPARATOR : scope.children.join(UNIT_SEPARATOR),
  };
}

/**
 * Checks the scope and builds the in-year tables every select of the return reads (inYear.sql); returns the
 * parameters the selects may name.
 */
export async function materialiseInYear(query: ProjectionQuery, scope: ReturnScope): Promise<Record<string, string>> {
  checkReturnScope(scope);
  const params = returnParams(scope);
  // Temporary tables of this connection: a store answers one return at a time (serve serialises its requests).
  for (const statement of IN_YEAR) await query.query(statement, paramsOf(statement, params));
  return params;
}

/** Runs one select of the return over the in-year tables, with the parameters it names. */
export async function selectReturnRows<T>(query: ProjectionQuery, select: string, params: Record<string, string>): Promise<T[]> {
  return query.query<T>(select, paramsOf(select, params));
}

/**
 * One select per table, `<table>.sql` beside this file, each over the shared in-year definition and naming its
 * columns as the 903 does: a table in the registry is selected with no list to keep here (its file missing stops
 * careledger at start-up).
 */
const SELECTS: { readonly [T in TableName]: string } = Object.fromEntries(TABLE_NAMES.map((table) => [table, sql(`${table}.sql`)])) as { readonly [T in TableName]: string };

/** A projection row as the table's row (every column, '' for a blank), before the year's coding. */
function toRow<T extends TableName>(table: T, row: ProjectionRow): Row<T> {
  const cells: Record<string, string> = {};
  for (const column of Object.keys(TABLES[table].columns)) cells[column] = text(row[column]);
  return cells as Row<T>;
}

async function selectTable<T extends TableName>(query: ProjectionQuery, table: T, year: CollectionYear, params: Record<string, string>): Promise<Row<T>[]> {
  const select = SELECTS[table];
  const rows = await query.query<ProjectionRow>(select, paramsOf(select, params));
  return rows.map((r) => rowForYear(table, toRow(table, r), year));
}

/**
 * The 903 rows for one LA and collection year, by the 903 inclusion rules (inYear.sql): every child looked after
 * at any time in the year, with their episodes open during it, cut off at the end of the year or the as-at date.
 * Rows hold calendar dates and the year's codes.
 */
export async function selectSsda903Tables(query: ProjectionQuery, scope: ReturnScope): Promise<Ssda903Tables> {
  return selectTablesInYear(query, scope, await materialiseInYear(query, scope));
}

/** The tables over in-year tables already built for `scope` (materialiseInYear), with the parameters it gave. */
export async function selectTablesInYear(query: ProjectionQuery, scope: ReturnScope, params: Record<string, string>): Promise<Ssda903Tables> {
  const tables: Partial<Record<TableName, readonly unknown[]>> = {};
  // A table the year's return does not have yet (SWEpisodes before 2023-24) has no rows.
  for (const table of TABLE_NAMES) tables[table] = isTableInYear(table, scope.year) ? await selectTable(query, table, scope.year, params) : [];
  return tables as Ssda903Tables;
}
