import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, JsonDuckDBValueConverter, StatementType, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import { CareledgerError, InvalidInputError, NotFoundError, sqlStringLiteral } from '@careledger/runtime';
import { parsePublishedFileName, type PublishedKind } from './publication';
import { ANALYST_VIEWS } from './views/registry';

export interface AnalystLimits {
  /** A query running longer is interrupted. */
  readonly timeoutMs: number;
  /** A query giving more rows is refused, never cut short silently. */
  readonly maxRows: number;
}

export const DEFAULT_LIMITS: AnalystLimits = { timeoutMs: 30_000, maxRows: 1_000_000 };

export interface AnalystColumnType {
  readonly name: string;
  /** DuckDB's name for the type (VARCHAR, DATE, INTEGER, ...). */
  readonly type: string;
}

export interface AnalystResult {
  readonly columns: readonly AnalystColumnType[];
  /** The rows, each value as DuckDB's JSON reading gives it (dates as YYYY-MM-DD text, big integers as text). */
  readonly rows: readonly (readonly unknown[])[];
}

/** Which published data a session sees: some LAs (or all), plain or pseudonymised. */
export interface AnalystScope {
  readonly laCodes: readonly string[] | 'all';
  readonly pseudonymised?: boolean;
}

// An analyst's query reads: a SELECT (or EXPLAIN of one). Everything else (COPY, ATTACH, SET, PRAGMA, CREATE,
// EXPORT, INSTALL, LOAD, CALL) is refused by its type, as DuckDB's own parser states it.
const READING: ReadonlySet<number> = new Set([StatementType.SELECT, StatementType.EXPLAIN]);
const STATEMENT_NAMES = Object.fromEntries(Object.entries(StatementType).filter(([, v]) => typeof v === 'number').map(([k, v]) => [v as number, k]));


/**
 * An analyst's sandbox: an in-memory DuckDB that has attached, read-only, the published files of the LAs in scope,
 * shows the analyst views over them, and then has file and network access switched off and its configuration
 * locked (DuckDB's `enable_external_access` and `lock_configuration`), so nothing but those LAs' views is reachable.
 */
export class AnalystSession {
  private constructor(private readonly instance: DuckDBInstance, private readonly connection: DuckDBConnection, readonly laCodes: readonly string[], private readonly limits: AnalystLimits) {}

  static async open(dir: string, scope: AnalystScope, limits: AnalystLimits = DEFAULT_LIMITS): Promise<AnalystSession> {
    const files = await publishedFiles(dir, scope);
    const instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '2', memory_limit: '1GB',
    });
    const connection = await instance.connect();
    const session = new AnalystSession(instance, connection, [...new Set(files.map((f) => f.laCode))], limits);
    try {
      await attachViews(connection, files);
      await connection.run('SET enable_external_access = false');
      await connection.run('SET lock_configuration = true');
    } catch (error) {
      session.close();
      throw error;
    }
    return session;
  }

  /** One SELECT, run within the limits, its rows held whole (up to maxRows). */
  async query(sql: string): Promise<AnalystResult> {
    let columns: readonly AnalystColumnType[] = [];
    const rows: unknown[][] = [];
    for await (const part of this.stream(sql)) {
      columns = part.columns;
      rows.push(...(part.rows as unknown[][]));
    }
    return { columns, rows };
  }

  /**
   * One SELECT, run within the limits, its rows given a DuckDB chunk (about 2,048 rows) at a time, so an export
   * never holds the whole result; the first part (perhaps with no rows) always comes, carrying the columns. A query
   * that is not one SELECT, or breaks a limit, is refused saying why (a limit broken midway ends the stream with it).
   */
  async *stream(sql: string): AsyncGenerator<AnalystResult> {
    const extracted = await this.connection.extractStatements(sql).catch((error: unknown) => { throw refusal(error, sql); });
    if (extracted.count !== 1) {
      throw new InvalidInputError('analyst.statements', extracted.count === 0 ? 'the query holds no statement' : `the query holds ${extracted.count} statements: give one SELECT at a time`, { statements: extracted.count });
    }
    const prepared = await extracted.prepare(0).catch((error: unknown) => { throw refusal(error, sql); });
    if (!READING.has(prepared.statementType)) {
      const type = STATEMENT_NAMES[prepared.statementType] ?? String(prepared.statementType);
      throw new InvalidInputError('analyst.not_a_select', `careledger sql runs SELECT queries only: this is ${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type} statement (the analyst views are read-only)`, { statementType: type });
    }
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; this.connection.interrupt(); }, this.limits.timeoutMs);
    try {
      const result = await prepared.stream();
      const columns = result.columnNames().map((name, i) => ({ name, type: typeName(result.columnType(i)) }));
      let count = 0;
      let first = true;
      for (;;) {
        const chunk = await result.fetchChunk();
        const rows = chunk && chunk.rowCount > 0 ? chunk.convertRows(JsonDuckDBValueConverter) : [];
        count += rows.length;
        if (count > this.limits.maxRows) {
          throw new InvalidInputError('analyst.too_many_rows', `the query gives more than ${this.limits.maxRows.toLocaleString('en-GB')} rows, the limit a query may return: aggregate, add a LIMIT, or narrow it`, { maxRows: this.limits.maxRows });
        }
        if (rows.length > 0 || first) yield { columns, rows };
        first = false;
        if (rows.length === 0) break;
      }
    } catch (error) {
      if (timedOut) throw new InvalidInputError('analyst.timeout', `the query ran longer than ${this.limits.timeoutMs / 1000} s, the limit a query may run, and was stopped`, { timeoutMs: this.limits.timeoutMs });
      throw refusal(error, sql);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

const typeName = (type: DuckDBType): string => type.toString();

/** A published file a scope may read. */
export interface PublishedFile {
  readonly path: string;
  readonly laCode: string;
  readonly storeTag: string;
}

/** The published files of the LAs in `scope` (plain or pseudonymised); none is an error saying what to run. */
export async function publishedFiles(dir: string, scope: AnalystScope): Promise<PublishedFile[]> {
  const kind: PublishedKind = scope.pseudonymised ? 'pseudonymised' : 'plain';
  let names: string[] = [];
  try {
    names = await readdir(join(dir, kind));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const files = names.sort().flatMap((name) => {
    const parsed = parsePublishedFileName(name);
    return parsed && (scope.laCodes === 'all' || scope.laCodes.includes(parsed.laCode)) ? [{ path: join(dir, kind, name), ...parsed }] : [];
  });
  if (files.length === 0) {
    const which = scope.laCodes === 'all' ? 'any LA' : `LA ${scope.laCodes.join(', ')}`;
    throw new NotFoundError('analyst.nothing_published', `no analyst data is published in ${dir} for ${which}: it is published when the projections are (careledger project, serve or the projector)`, { dir, laCodes: scope.laCodes });
  }
  return files;
}

/** Attaches the files read-only, one database each, and makes each analyst view the union of theirs. */
export async function attachViews(connection: DuckDBConnection, files: readonly PublishedFile[]): Promise<void> {
  for (const file of files) await connection.run(`ATTACH ${sqlStringLiteral(file.path)} AS "la_${file.laCode}_${file.storeTag}" (READ_ONLY)`);
  for (const view of ANALYST_VIEWS) {
    await connection.run(`CREATE VIEW main."${view.name}" AS ${files.map((f) => `SELECT * FROM "la_${f.laCode}_${f.storeTag}"."${view.name}"`).join(' UNION ALL ')}`);
  }
}

/** DuckDB's reason, as the analyst's error: their query is what is wrong, not careledger. */
function refusal(error: unknown, sql: string): CareledgerError {
  if (error instanceof CareledgerError) return error;
  const message = (error as Error).message;
  return new InvalidInputError('analyst.query', `the query cannot run: ${message}`, { query: sql.slice(0, 200) });
}
