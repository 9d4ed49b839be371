import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { InternalError, InvalidInputError, sqlStringLiteral, timed, type StageTimings } from '@careledger/runtime';
import { TABLES, type CollectionYear, type EarlierEpisode } from '@careledger/ssda903';
import { loadEarlierEpisodes } from './loadEarlierEpisodes';
import { createSharedTables, derivePostcodeColumns, loadValidationTables } from './loadValidationTables';
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
  /** Where the validation's time goes, step by step (the bench's breakdown). */
  readonly timings?: StageTimings;
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
  `SELECT DISTINCT ${sqlStringLiteral(rule.code)} AS rule, CAST(r.table_name AS VARCHAR) AS table_name, CAST(r.row_no AS INTEGER) AS row_no, CAST(r.child AS VARCHAR) AS child FROM (\n${rule.sql}\n) AS r`;

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
  // One thread a query and several queries at once: each rule's query is small, so a second thread per query costs
  // more in scheduling than it gains, while queries side by side keep both cores busy (measured: 0.57 s against 0.91 s
  // for a 2,000-child year).
  const t = request.timings;
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '1' });
  const connection = await instance.connect();
  const connections: [DuckDBConnection, ...DuckDBConnection[]] = [connection];
  try {
    for (let i = 1; i < RULE_CONNECTIONS; i += 1) connections.push(await instance.connect());
    const met = await timed(t, "validate: load the return's tables (DuckDB)", async () => {
      await loadValidationTables(connections, {
        year: request.year, current: request.current, ...(request.previous ? { previous: request.previous } : {}), ...(request.laCode ? { laCode: request.laCode } : {}),
      });
      await loadEarlierEpisodes(connection, request.earlierEpisodes ?? []);
      return loadReferenceFiles(connection, request.reference ?? {});
    });
    if (request.previous) met.add('previousYear');
    if (request.laCode) met.add('laCode');
    await timed(t, 'validate: the tables the rules share (DuckDB)', async () => {
      if (met.has('postcodes')) await derivePostcodeColumns(connection);
      await createSharedTables(connections);
    });
    const notRun: RuleNotRun[] = [];
    const runnable: YearRule[] = [];
    for (const rule of wanted) {
      const unmet = rule.needs.filter((n) => !met.has(n));
      if (unmet.length > 0) notRun.push({ rule: rule.code, message: rule.message, reason: unmet.map((n) => NEED_REASONS[n]).join('; ') });
      else runnable.push(rule);
    }
    const rows = await timed(t, `validate: run the rules (${RULES_PER_QUERY} a query, on ${RULE_CONNECTIONS} connections)`, () => runRules(connections, runnable));
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
    for (const open of connections) open.closeSync();
    instance.closeSync();
  }
}

/** How many rows fail each rule that found any: what a run record keeps, so two runs show which errors came and went. */
export function failuresByRule(report: Pick<ValidationReport, 'failures'>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const failure of report.failures) counts[failure.rule] = (counts[failure.rule] ?? 0) + 1;
  return counts;
}

interface FailureRow { rule: string; table: string; row: number; child: string | null }

/** Connections the rules are shared among, each running one query at a time on its own thread (three measured best on 2 cores). */
const RULE_CONNECTIONS = 3;

/**
 * Rules run in small groups, one UNION ALL query each: every query costs a round trip and its own planning, yet one
 * long UNION ALL of every rule plans and runs slower than its parts (measured: groups of 4 are quickest).
 */
const RULES_PER_QUERY = 4;

const failureRows = (reader: { getRowsJS(): unknown[][] }): FailureRow[] =>
  reader.getRowsJS().map((row) => ({ rule: String(row[0]), table: String(row[1]), row: Number(row[2]), child: row[3] === null ? null : String(row[3]) }));

/**
 * Every rule, in groups shared among a few connections. A group that cannot run is run again rule by rule, so the
 * rule that cannot run is the one named.
 */
async function runRules(connections: readonly DuckDBConnection[], rules: readonly YearRule[]): Promise<FailureRow[]> {
  const groups: YearRule[][] = [];
  for (let i = 0; i < rules.length; i += RULES_PER_QUERY) groups.push(rules.slice(i, i + RULES_PER_QUERY));
  const found: FailureRow[][] = groups.map(() => []);
  const runAlone = async (connection: DuckDBConnection, rule: YearRule): Promise<FailureRow[]> => {
    try {
      return failureRows(await connection.runAndReadAll(wrapped(rule)));
    } catch (error) {
      throw new InternalError('validation.rule_failed', `rule ${rule.code} could not run: ${(error as Error).message}`, { rule: rule.code }, { cause: error });
    }
  };
  await Promise.all(connections.map(async (connection, c) => {
    for (let g = c; g < groups.length; g += connections.length) {
      const group = groups[g]!;
      try {
        found[g] = failureRows(await connection.runAndReadAll(group.map(wrapped).join('\nUNION ALL\n')));
      } catch {
        const alone: FailureRow[] = [];
        for (const rule of group) alone.push(...(await runAlone(connection, rule)));
        found[g] = alone;
      }
    }
  }));
  return found.flat();
}
