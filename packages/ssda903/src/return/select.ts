import { readFileSync } from 'node:fs';
import type { CollectionYear } from '../collectionYear';
import { rowForYear, TABLE_NAMES, type Row, type Ssda903Tables, type TableName } from '../tables';
import { splitSql } from '../derive/sqlText';
import type { ProjectionQuery } from './port';
import { checkReturnScope, returnCutoff, type ReturnScope } from './scope';

const sql = (file: string): string => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
const IN_YEAR: readonly string[] = splitSql(sql('inYear.sql'));

/** Only the parameters a statement names: DuckDB refuses values a statement does not use. */
function paramsOf(statement: string, params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => new RegExp(`\\$${name}\\b`).test(statement)));
}

type Cell = string | boolean | null | undefined;
type ProjectionRow = Record<string, Cell>;
const text = (value: Cell): string => (typeof value === 'string' ? value : '');

interface TableSelect<T extends TableName> {
  readonly sql: string;
  /** One projection row as the table's row, before the year's coding. */
  readonly toRow: (row: ProjectionRow) => Row<T>;
}

/** One select per table, each over the shared in-year definition; a table without one is a type error. */
const SELECTS: { readonly [T in TableName]: TableSelect<T> } = {
  header: {
    sql: sql('header.sql'),
    toRow: (r) => ({
      CHILD: text(r.child_id), SEX: text(r.sex), DOB: text(r.dob), ETHNIC: text(r.ethnicity), UPN: text(r.upn),
      MOTHER: r.is_mother === null || r.is_mother === undefined ? '' : r.is_mother ? '1' : '0', MC_DOB: text(r.mc_dob),
    }),
  },
  episodes: {
    sql: sql('episodes.sql'),
    toRow: (r) => ({
      CHILD: text(r.child_id), DECOM: text(r.decom), RNE: text(r.rne), LS: text(r.ls), CIN: text(r.cin),
      PLACE: text(r.place), PLACE_PROVIDER: text(r.place_provider), DEC: text(r.dec), REC: text(r.rec),
      REASON_PLACE_CHANGE: text(r.reason_place_change), HOME_POST: text(r.home_post), PL_POST: text(r.pl_post),
      URN: text(r.urn),
    }),
  },
  reviews: {
    sql: sql('reviews.sql'),
    toRow: (r) => ({ CHILD: text(r.child_id), DOB: text(r.dob), REVIEW: text(r.review), REVIEW_CODE: text(r.review_code) }),
  },
  missing: {
    sql: sql('missing.sql'),
    toRow: (r) => ({
      CHILD: text(r.child_id), DOB: text(r.dob), MISSING: text(r.missing_type), MIS_START: text(r.mis_start),
      MIS_END: text(r.mis_end),
    }),
  },
  uasc: {
    sql: sql('uasc.sql'),
    toRow: (r) => ({ CHILD: text(r.child_id), DOB: text(r.dob), SEX: text(r.sex), DUC: text(r.duc) }),
  },
};

async function selectTable<T extends TableName>(query: ProjectionQuery, table: T, year: CollectionYear, params: Record<string, string>): Promise<Row<T>[]> {
  const select = SELECTS[table];
  const rows = await query.query<ProjectionRow>(select.sql, paramsOf(select.sql, params));
  return rows.map((r) => rowForYear(table, select.toRow(r), year));
}

/**
 * The 903 rows for one LA and collection year, by the 903 inclusion rules (inYear.sql): every child looked after
 * at any time in the year, with their episodes open during it, cut off at the end of the year or the as-at date.
 * Rows hold calendar dates and the year's codes.
 */
export async function selectSsda903Tables(query: ProjectionQuery, scope: ReturnScope): Promise<Ssda903Tables> {
  checkReturnScope(scope);
  const params = { laCode: scope.laCode, yearStart: scope.year.start, cutoff: returnCutoff(scope) };
  // Temporary tables of this connection: a store answers one return at a time (serve serialises its requests).
  for (const statement of IN_YEAR) await query.query(statement, paramsOf(statement, params));
  const tables: Partial<Record<TableName, readonly unknown[]>> = {};
  for (const table of TABLE_NAMES) tables[table] = await selectTable(query, table, scope.year, params);
  return tables as Ssda903Tables;
}
