import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { InternalError, InvalidInputError } from '@careledger/runtime';
import { TABLES, type CollectionYear, type EarlierEpisode } from '@careledger/ssda903';
import { loadEarlierEpisodes } from './loadEarlierEpisodes';
import { derivePostcodeColumns, loadValidationTables } from './loadValidationTables';
import { loadReferenceFiles, type ReferenceFiles } from './referenceData';
import type { ReturnAsWritten, ReturnFileProblem } from './returnAsWritten';
import type { RuleNeed } from './ruleFile';
import { rulesForYear, type YearRule } from './ruleRegistry';
import { tableByDfeName } from './validationTables';

export interface ValidationRequest {
  readonly year: CollectionYear;
  readonly current: ReturnAsWritten;
  /** The previous year's return, read as the `_last` tables; rules that need it are not run without it. */
  readonly previous?: ReturnAsWritten;
  /** The LA's episodes that ceased before the previous year (careledger's own return only: a file has none). */
  readonly earlierEpisodes?: readonly EarlierEpisode[];
  /** The DfE code of the LA whose return it is, for the rules comparing with it. */
  readonly laCode?: string;
  readonly reference?: ReferenceFiles;
  /** Only these rules (by code): for tests and for re-checking one rule. */
  readonly only?: readonly string[];
}

/** One row failing one rule: the rule, its message and fields as the DfE states them, the child, table and row. */
export interface ValidationFailure {
  readonly rule: string;
  readonly message: string;
  readonly child: string | null;
  readonly table: string;
  /** The row in the table's file (the CSV line; for XML, the row's position in its table). */
  readonly row: number;
  readonly fields: readonly string[];
  /** The file the row is in. */
  readonly file: string | null;
}

/** A rule of the year that was not run, and why: never a silent pass. */
export interface RuleNotRun {
  readonly rule: string;
  readonly message: string;
  readonly reason: string;
}

export interface ValidationReport {
  readonly collectionYear: string;
  readonly laCode: string | null;
  /** How many of the year's rules ran. */
  readonly rulesRun: number;
  readonly failures: readonly ValidationFailure[];
  readonly notRun: readonly RuleNotRun[];
  /** What the files themselves could not say (a missing table, an unreadable file), this year's and last year's. */
  readonly problems: readonly ReturnFileProblem[];
}

const NEED_REASONS: Record<RuleNeed, string> = {
  previousYear: "needs the previous year's return (_last tables), which was not given",
  providers: "needs Ofsted's provider list (the providers reference file), which is not configured",
  postcodes: 'needs the ONS Postcode Directory (the postcodes reference file), which is not configured',
  localAuthorities: "needs careledger's LA codes",
  laCode: "needs the LA's code, which was not given",
};

const wrapped = (rule: YearRule): string =>
  `SELECT DISTINCT ${sqlText(rule.code)} AS rule, CAST(r.table_name AS VARCHAR) AS table_name, CAST(r.row_no AS INTEGER) AS row_no, CAST(r.child AS VARCHAR) AS child FROM (\n${rule.sql}\n) AS r`;
const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Every rule of the DfE's 903 validation for `year` over a return as written, in one in-memory DuckDB: the rules
 * run as one query. A rule whose needs are not met is listed as not run with the reason.
 */
export async function validateReturn(request: ValidationRequest): Promise<ValidationReport> {
  const yearRules = rulesForYear(request.year);
  const wanted = request.only ? yearRules.filter((r) => request.only!.includes(r.code)) : yearRules;
  if (request.only) {
    const unknown = request.only.filter((code) => !yearRules.some((r) => r.code === code));
    if (unknown.length > 0) throw new InvalidInputError('validation.unknown_rule', `no rule ${unknown.join(', ')} applies to ${request.year.label}`, { rules: unknown, year: request.year.label });
  }
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '2' });
  const connection = await instance.connect();
  try {
    await loadValidationTables(connection, {
      year: request.year, current: request.current, ...(request.previous ? { previous: request.previous } : {}), ...(request.laCode ? { laCode: request.laCode } : {}),
    });
    await loadEarlierEpisodes(connection, request.earlierEpisodes ?? []);
    const met = await loadReferenceFiles(connection, request.reference ?? {});
    if (request.previous) met.add('previousYear');
    if (request.laCode) met.add('laCode');
    if (met.has('postcodes')) await derivePostcodeColumns(connection);
    const notRun: RuleNotRun[] = [];
    const runnable: YearRule[] = [];
    for (const rule of wanted) {
      const unmet = rule.needs.filter((n) => !met.has(n));
      if (unmet.length > 0) notRun.push({ rule: rule.code, message: rule.message, reason: unmet.map((n) => NEED_REASONS[n]).join('; ') });
      else runnable.push(rule);
    }
    const rows = await runRules(instance, connection, runnable);
    const byCode = new Map(runnable.map((r) => [r.code, r]));
    const order = new Map(runnable.map((r, i) => [r.code, i]));
    const failures = rows.map((row): ValidationFailure => {
      const rule = byCode.get(row.rule)!;
      const table = tableByDfeName(row.table.replace(/_last$/i, ''));
      const registry = table?.registryName;
      const last = /_last$/i.test(row.table);
      const file = registry ? (last ? request.previous : request.current)?.tables[registry]?.file ?? null : null;
      return { rule: row.rule, message: rule.message, child: row.child, table: table ? `${TABLES[registry!].dfeName}${last ? '_last' : ''}` : row.table, row: row.row, fields: rule.fields, file };
    }).sort((a, b) => order.get(a.rule)! - order.get(b.rule)! || a.table.localeCompare(b.table) || a.row - b.row);
    return {
      collectionYear: request.year.label, laCode: request.laCode ?? null, rulesRun: runnable.length, failures, notRun,
      problems: [...request.current.problems, ...(request.previous?.problems ?? []).map((p) => ({ ...p, reason: `(previous year) ${p.reason}` }))],
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

interface FailureRow { rule: string; table: string; row: number; child: string | null }

/** Connections the rules are shared among: DuckDB runs each query on the instance's threads, two queries at once fill 2 cores better than one. */
const RULE_CONNECTIONS = 2;

/**
 * Every rule, each its own query, shared among a few connections (one long UNION ALL plans and runs slower than its
 * parts). A rule that cannot run is named.
 */
async function runRules(instance: DuckDBInstance, first: DuckDBConnection, rules: readonly YearRule[]): Promise<FailureRow[]> {
  if (rules.length === 0) return [];
  const connections = [first];
  for (let i = 1; i < Math.min(RULE_CONNECTIONS, rules.length); i += 1) connections.push(await instance.connect());
  const found: FailureRow[][] = rules.map(() => []);
  try {
    await Promise.all(connections.map(async (connection, c) => {
      for (let r = c; r < rules.length; r += connections.length) {
        const rule = rules[r]!;
        try {
          const reader = await connection.runAndReadAll(wrapped(rule));
          found[r] = reader.getRowsJS().map((row) => ({ rule: rule.code, table: String(row[1]), row: Number(row[2]), child: row[3] === null ? null : String(row[3]) }));
        } catch (error) {
          throw new InternalError('validation.rule_failed', `rule ${rule.code} could not run: ${(error as Error).message}`, { rule: rule.code }, { cause: error });
        }
      }
    }));
  } finally {
    for (const connection of connections.slice(1)) connection.closeSync();
  }
  return found.flat();
}
