import { readFileSync } from 'node:fs';
import { DuckDBDataChunk, VARCHAR, INTEGER, type DuckDBConnection } from '@duckdb/node-api';
import type { CollectionYear, TableName } from '@careledger/ssda903';
import { sqlStringLiteral } from '@careledger/runtime';
import { DERIVED_EPISODE_COLUMNS, VALIDATION_TABLES, type ValidationTable } from './validationTables';
import type { ReturnAsWritten } from './returnAsWritten';

const CHUNK_ROWS = 2048;
const DERIVED_SQL = readFileSync(new URL('./derivedEpisodeColumns.sql', import.meta.url), 'utf8').replace(/^--.*$/gm, '');
const SHARED_TABLES = ['./legalStatusSpells.sql', './lookedAfter12Months.sql', './carriedOverEpisodes.sql', './periodsOfCare.sql'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));

const quoted = (name: string) => `"${name}"`;

/** A cell as the DfE's collection reads it: trimmed, upper case; blank is NULL. */
const cellValue = (cell: string | undefined): string | null => {
  const value = cell?.trim().toUpperCase() ?? '';
  return value === '' ? null : value;
};

/** What the rules may call: the collection year's dates, its end year, the LA's code (NULL when not given), dates. */
async function createMacros(connection: DuckDBConnection, year: CollectionYear, laCode: string | undefined): Promise<void> {
  const statements = [
    `CREATE OR REPLACE MACRO collection_start() AS DATE ${sqlStringLiteral(year.start)}`,
    `CREATE OR REPLACE MACRO collection_end() AS DATE ${sqlStringLiteral(year.end)}`,
    `CREATE OR REPLACE MACRO collection_end_year() AS ${year.endYear}`,
    `CREATE OR REPLACE MACRO la_code() AS ${laCode ? sqlStringLiteral(laCode) : 'CAST(NULL AS VARCHAR)'}`,
    // The 903 writes dates DD/MM/YYYY; anything else reads as no date, for the rules on dates to name.
    // Four-digit years only: strptime would read 01/01/24 as the year 24.
    `CREATE OR REPLACE MACRO d903(s) AS CASE WHEN regexp_full_match(s, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}') THEN CAST(try_strptime(s, '%d/%m/%Y') AS DATE) END`,
    // Whole years of age on a date.
    `CREATE OR REPLACE MACRO age_on(dob, on_date) AS date_diff('year', dob, on_date) - CASE WHEN strftime(on_date, '%m%d') < strftime(dob, '%m%d') THEN 1 ELSE 0 END`,
  ];
  for (const statement of statements) await connection.run(statement);
}

/** Appends a table's rows as text into raw_<name>, and returns the statements that make <name> of it. */
async function appendTable(connection: DuckDBConnection, table: ValidationTable, sqlName: string, given: ReturnAsWritten['tables'][TableName]): Promise<string> {
  const raw = `raw_${sqlName}`;
  // Not a TEMP table: another connection makes <name> of it.
  await connection.run(`CREATE OR REPLACE TABLE ${raw} (row_no INTEGER, ${table.columns.map((c) => `${quoted(c)} VARCHAR`).join(', ')})`);
  const rows = given?.rows ?? [];
  if (rows.length > 0) {
    const appender = await connection.createAppender(raw);
    const types = [INTEGER, ...table.columns.map(() => VARCHAR)];
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const slice = rows.slice(start, start + CHUNK_ROWS);
      const columns: (number | string | null)[][] = [slice.map((r) => r.row), ...table.columns.map((c) => slice.map((r) => cellValue(r.cells[c])))];
      const chunk = DuckDBDataChunk.create(types, slice.length);
      chunk.setColumns(columns as never);
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
    appender.closeSync();
  }
  const derived = table.registryName === 'episodes' ? `, ${DERIVED_EPISODE_COLUMNS.map((c) => `CAST(NULL AS ${c === 'PL_DISTANCE' ? 'DOUBLE' : 'VARCHAR'}) AS ${c}`).join(', ')}` : '';
  return `CREATE OR REPLACE TABLE ${sqlName} AS SELECT *${table.dateColumns.map((c) => `, d903(${quoted(c)}) AS ${quoted(`${c}_date`)}`).join('')}${derived} FROM ${raw};
DROP TABLE ${raw};`;
}

export interface ValidationTablesInput {
  readonly year: CollectionYear;
  readonly current: ReturnAsWritten;
  readonly previous?: ReturnAsWritten;
  readonly laCode?: string;
}

/**
 * Creates every table the rules read in a fresh database: the year's tables, the previous year's as `_last` (empty
 * when it was not given), and the macros. Postcode-derived episode columns are filled by `derivePostcodeColumns`,
 * then `createSharedTables` makes what several rules read.
 */
export async function loadValidationTables(connections: readonly [DuckDBConnection, ...DuckDBConnection[]], input: ValidationTablesInput): Promise<void> {
  const [first] = connections;
  await createMacros(first, input.year, input.laCode);
  const statements: string[] = [];
  for (const table of VALIDATION_TABLES) {
    statements.push(await appendTable(first, table, table.sqlName, input.current.tables[table.registryName]));
    statements.push(await appendTable(first, table, `${table.sqlName}_last`, input.previous?.tables[table.registryName]));
  }
  await runSpread(connections, statements);
}

/**
 * The tables several rules share, made once from this year's complete tables (so after `derivePostcodeColumns`)
 * instead of as views every rule would compute again: legalStatusSpells.sql, lookedAfter12Months.sql,
 * carriedOverEpisodes.sql and periodsOfCare.sql.
 */
export async function createSharedTables(connections: readonly DuckDBConnection[]): Promise<void> {
  await runSpread(connections, SHARED_TABLES);
}

/** Independent statements shared among the connections, each connection's part as one call (a call is a round trip). */
async function runSpread(connections: readonly DuckDBConnection[], statements: readonly string[]): Promise<void> {
  await Promise.all(connections.map((connection, c) => {
    const part = statements.filter((_, i) => i % connections.length === c);
    return part.length > 0 ? connection.run(part.join('\n')) : undefined;
  }));
}

/**
 * Fills PL_DISTANCE, PL_LA and PL_LOCATION of this year's and last year's episodes from the loaded postcodes, with
 * PL_LA as the DfE code of the placement's LA (local_authorities), and PL_LOCATION against la_code().
 */
export async function derivePostcodeColumns(connection: DuckDBConnection): Promise<void> {
  const placementLa = '(SELECT any_value(UTLA_CODE) FROM local_authorities la WHERE la.LTLA_CODE = p.laua)';
  for (const table of ['episodes', 'episodes_last']) {
    await connection.run(DERIVED_SQL.replaceAll('$table', table).replaceAll('$placementUpperTier', placementLa).replaceAll('$ownUpperTier', 'la_code()'));
  }
}
