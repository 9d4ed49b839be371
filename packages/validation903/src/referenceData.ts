import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { InvalidInputError } from '@careledger/runtime';
import type { RuleNeed } from './ruleFile';

/**
 * The reference files some rules need, as the user configures them (CSV, header row, any extra columns ignored):
 * - `providers`: Ofsted's provider list by URN: URN, PLACE_CODES and PROVIDER_CODES (the placement and provider
 *   codes the URN may have, comma-separated), REG_END (DD/MM/YYYY, when its registration ended), POSTCODE, LA_CODE
 *   (the DfE code of the LA the provider is in);
 * - `postcodes`: the ONS Postcode Directory, or the part of it wanted: pcd, laua (the lower-tier LA), oseast1m,
 *   osnrth1m (OS grid easting and northing, metres);
 * - `localAuthorities`: LA_CODE (the DfE's three-digit code), LTLA_CODE and UTLA_CODE (the ONS lower- and
 *   upper-tier codes; one row per lower tier, a unitary's two codes the same).
 */
export interface ReferenceFiles {
  readonly providers?: string;
  readonly postcodes?: string;
  readonly localAuthorities?: string;
}

export type ReferenceName = keyof ReferenceFiles;
export const REFERENCE_NAMES: readonly ReferenceName[] = ['providers', 'postcodes', 'localAuthorities'];

const COLUMNS: Record<ReferenceName, readonly string[]> = {
  providers: ['URN', 'PLACE_CODES', 'PROVIDER_CODES', 'REG_END', 'POSTCODE', 'LA_CODE'],
  postcodes: ['pcd', 'laua', 'oseast1m', 'osnrth1m'],
  localAuthorities: ['LA_CODE', 'LTLA_CODE', 'UTLA_CODE'],
};

const LOAD: Record<ReferenceName, (source: string) => string> = {
  providers: (source) => `CREATE OR REPLACE TABLE provider_info AS
    SELECT NULLIF(upper(trim(URN)), '') AS URN, NULLIF(upper(replace(PLACE_CODES, ' ', '')), '') AS PLACE_CODES,
           NULLIF(upper(replace(PROVIDER_CODES, ' ', '')), '') AS PROVIDER_CODES, NULLIF(trim(REG_END), '') AS REG_END,
           CAST(try_strptime(trim(REG_END), '%d/%m/%Y') AS DATE) AS REG_END_date,
           NULLIF(upper(replace(POSTCODE, ' ', '')), '') AS POSTCODE, NULLIF(upper(trim(LA_CODE)), '') AS LA_CODE
    FROM ${source}`,
  postcodes: (source) => `CREATE OR REPLACE TABLE postcodes AS
    SELECT DISTINCT ON (pcd_abbr) * FROM (
      SELECT upper(replace(pcd, ' ', '')) AS pcd_abbr, NULLIF(upper(trim(laua)), '') AS laua,
             TRY_CAST(oseast1m AS DOUBLE) AS oseast1m, TRY_CAST(osnrth1m AS DOUBLE) AS osnrth1m
      FROM ${source} WHERE trim(pcd) <> '')`,
  localAuthorities: (source) => `CREATE OR REPLACE TABLE local_authorities AS
    SELECT NULLIF(upper(trim(LA_CODE)), '') AS LA_CODE, NULLIF(upper(trim(LTLA_CODE)), '') AS LTLA_CODE,
           NULLIF(upper(trim(UTLA_CODE)), '') AS UTLA_CODE
    FROM ${source}`,
};

/**
 * Loads each configured reference file into its table (provider_info, postcodes, local_authorities), and says
 * which rule needs are met. A configured file that is missing or lacks a column is refused, naming it: a rule would
 * otherwise pass or fail on nothing.
 */
export async function loadReferenceFiles(connection: DuckDBConnection, files: ReferenceFiles): Promise<Set<RuleNeed>> {
  const met = new Set<RuleNeed>();
  for (const name of REFERENCE_NAMES) {
    const path = files[name];
    if (!path) continue;
    if (!existsSync(path)) throw new InvalidInputError('validation.reference_missing', `the ${name} reference file ${path} does not exist`, { reference: name, path });
    const source = `read_csv('${path.replaceAll("'", "''")}', header = true, all_varchar = true)`;
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    const present = new Set(described.getRowObjectsJS().map((r) => String(r.column_name).toLowerCase()));
    const absent = COLUMNS[name].filter((c) => !present.has(c.toLowerCase()));
    if (absent.length > 0) {
      throw new InvalidInputError('validation.reference_columns', `the ${name} reference file ${path} has no column ${absent.join(', ')} (it needs ${COLUMNS[name].join(', ')})`, { reference: name, path, absent });
    }
    await connection.run(LOAD[name](source));
    met.add(name);
  }
  return met;
}
