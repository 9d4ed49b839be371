import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { InvalidInputError, sqlStringLiteral } from '@careledger/runtime';
import { DFE_LA_CODE_OF_ONS_CODE } from '@careledger/ssda903';
import type { RuleNeed } from './ruleFile';

/**
 * The reference files some rules need, as the user configures them (CSV with a header row; other columns ignored):
 * - `providers`: Ofsted's provider list by URN: URN, PLACE_CODES and PROVIDER_CODES (the placement and provider
 *   codes the URN may have, comma-separated), REG_END (DD/MM/YYYY, when its registration ended), POSTCODE, LA_CODE
 *   (the DfE code of the LA the provider is in);
 * - `postcodes`: the ONS Postcode Directory (the same file the measures read): pcds (or pcd), oslaua (or laua),
 *   oscty (the county, where two-tier areas are covered), oseast1m and osnrth1m (the OS grid reference, metres);
 * - `localAuthorities`, only to replace careledger's own list (the DfE's pairing of ONS and DfE LA codes): LA_CODE
 *   (the DfE code), LTLA_CODE (an ONS code of the LA), UTLA_CODE (the LA as PL_LA names it).
 */
export interface ReferenceFiles {
  readonly providers?: string;
  readonly postcodes?: string;
  readonly localAuthorities?: string;
}

export type ReferenceName = keyof ReferenceFiles;
export const REFERENCE_NAMES: readonly ReferenceName[] = ['providers', 'postcodes', 'localAuthorities'];

const sourceOf = (path: string) => `read_csv(${sqlStringLiteral(path)}, header = true, all_varchar = true)`;

async function columnsOf(connection: DuckDBConnection, path: string): Promise<Set<string>> {
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${sourceOf(path)}`);
  return new Set(described.getRowObjectsJS().map((r) => String(r.column_name).toLowerCase()));
}

function requireColumns(name: ReferenceName, path: string, present: Set<string>, required: readonly string[]): void {
  const absent = required.filter((c) => !present.has(c.toLowerCase()));
  if (absent.length > 0) {
    throw new InvalidInputError('validation.reference_columns', `the ${name} reference file ${path} has no column ${absent.join(', ')} (it needs ${required.join(', ')})`, { reference: name, path, absent });
  }
}

async function loadProviders(connection: DuckDBConnection, path: string): Promise<void> {
  requireColumns('providers', path, await columnsOf(connection, path), ['URN', 'PLACE_CODES', 'PROVIDER_CODES', 'REG_END', 'POSTCODE', 'LA_CODE']);
  await connection.run(`CREATE OR REPLACE TABLE provider_info AS
    SELECT NULLIF(upper(trim(URN)), '') AS URN, NULLIF(upper(replace(PLACE_CODES, ' ', '')), '') AS PLACE_CODES,
           NULLIF(upper(replace(PROVIDER_CODES, ' ', '')), '') AS PROVIDER_CODES, NULLIF(trim(REG_END), '') AS REG_END,
           CAST(try_strptime(trim(REG_END), '%d/%m/%Y') AS DATE) AS REG_END_date,
           NULLIF(upper(replace(POSTCODE, ' ', '')), '') AS POSTCODE, NULLIF(upper(trim(LA_CODE)), '') AS LA_CODE
    FROM ${sourceOf(path)}`);
}

/**
 * The postcode directory as the rules read it: each postcode (no spaces) with the ONS code of the LA whose
 * children's services cover it (the county in a two-tier area, else the district, unitary or borough) and its grid
 * reference. Returns whether the grid reference was there (without it, no distance can be derived).
 */
async function loadPostcodes(connection: DuckDBConnection, path: string): Promise<void> {
  const present = await columnsOf(connection, path);
  const postcode = present.has('pcds') ? 'pcds' : 'pcd';
  const district = present.has('oslaua') ? 'oslaua' : 'laua';
  requireColumns('postcodes', path, present, [postcode, district, 'oseast1m', 'osnrth1m']);
  const county = present.has('oscty') ? `CASE WHEN oscty LIKE 'E10%' THEN oscty END` : 'NULL';
  await connection.run(`CREATE OR REPLACE TABLE postcodes AS
    SELECT DISTINCT ON (pcd_abbr) * FROM (
      SELECT upper(replace(${postcode}, ' ', '')) AS pcd_abbr, NULLIF(upper(trim(coalesce(${county}, ${district}))), '') AS laua,
             TRY_CAST(oseast1m AS DOUBLE) AS oseast1m, TRY_CAST(osnrth1m AS DOUBLE) AS osnrth1m
      FROM ${sourceOf(path)} WHERE trim(${postcode}) <> '')`);
}

/**
 * The LA codes as the rules read them: each ONS code (LTLA_CODE) with the DfE code of its LA (LA_CODE), which is
 * also how the derived PL_LA names a placement's LA (UTLA_CODE). careledger's own list unless a file replaces it.
 */
async function loadLocalAuthorities(connection: DuckDBConnection, path: string | undefined): Promise<void> {
  if (path) {
    requireColumns('localAuthorities', path, await columnsOf(connection, path), ['LA_CODE', 'LTLA_CODE', 'UTLA_CODE']);
    await connection.run(`CREATE OR REPLACE TABLE local_authorities AS
      SELECT NULLIF(upper(trim(LA_CODE)), '') AS LA_CODE, NULLIF(upper(trim(LTLA_CODE)), '') AS LTLA_CODE, NULLIF(upper(trim(UTLA_CODE)), '') AS UTLA_CODE
      FROM ${sourceOf(path)}`);
    return;
  }
  const values = Object.entries(DFE_LA_CODE_OF_ONS_CODE).map(([ons, dfe]) => `('${dfe}', '${ons}', '${dfe}')`).join(', ');
  await connection.run(`CREATE OR REPLACE TABLE local_authorities AS SELECT * FROM (VALUES ${values}) AS t(LA_CODE, LTLA_CODE, UTLA_CODE)`);
}

/**
 * Loads the LA codes and each configured reference file into its table (provider_info, postcodes,
 * local_authorities), and says which rule needs are met. A configured file that is missing or lacks a column is
 * refused, naming it: a rule would otherwise pass or fail on nothing.
 */
export async function loadReferenceFiles(connection: DuckDBConnection, files: ReferenceFiles): Promise<Set<RuleNeed>> {
  for (const name of REFERENCE_NAMES) {
    const path = files[name];
    if (path && !existsSync(path)) throw new InvalidInputError('validation.reference_missing', `the ${name} reference file ${path} does not exist`, { reference: name, path });
  }
  const met = new Set<RuleNeed>(['localAuthorities']);
  await loadLocalAuthorities(connection, files.localAuthorities);
  if (files.providers) {
    await loadProviders(connection, files.providers);
    met.add('providers');
  }
  if (files.postcodes) {
    await loadPostcodes(connection, files.postcodes);
    met.add('postcodes');
  }
  return met;
}
