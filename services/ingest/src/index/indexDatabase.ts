import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BIGINT, DuckDBDataChunk, DuckDBInstance, INTEGER, VARCHAR, type DuckDBAppender, type DuckDBConnection, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { BusyError, CareledgerError, InternalError, UnavailableError } from '@careledger/runtime';

/** A statement of this folder, by file name. */
export function indexSql(name: string): string {
  return readFileSync(new URL(`./${name}.sql`, import.meta.url), 'utf8');
}

/** The statements of a file of several, split at the semicolons that end a line. */
function statements(sql: string): string[] {
  return sql.split(/;\s*$/m).map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, '').trim() !== '');
}

const CHUNK_ROWS = 2048;

export const STAGED_TYPES = {
  staged_event_columns: [VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR],
  staged_child_columns: [VARCHAR, VARCHAR, VARCHAR, VARCHAR],
  staged_advances: [INTEGER, BIGINT, BIGINT],
  staged_lookups: [BIGINT, VARCHAR, VARCHAR],
  staged_hashes: [VARCHAR],
} satisfies Record<string, DuckDBType[]>;

export type StagedTable = keyof typeof STAGED_TYPES;

/** The index's DuckDB file: one connection, its schema and scratch tables, transactions and staging. */
export class IndexDatabase {
  private readonly appenders = new Map<StagedTable, DuckDBAppender>();

  private constructor(private readonly instance: DuckDBInstance, private readonly connection: DuckDBConnection, readonly path: string) {}

  static async open(path: string): Promise<IndexDatabase> {
    let instance: DuckDBInstance;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      // Bounded: the index of every event id lives in the file, not in memory, however long the log. 512MB ran out
      // at 10 million events (a lookup beside the last batch's index write); order of rows is never relied on.
      instance = await DuckDBInstance.create(path, {
        autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '2', memory_limit: '1GB', preserve_insertion_order: 'false',
      });
    } catch (error) {
      const message = (error as Error).message;
      // DuckDB allows one writing process per file: another ingest or serve has it open.
      if (/lock/i.test(message)) {
        throw new BusyError('ingest.index_busy', `the ingest index ${path} is in use by another process (is another ingest or serve running?)`, { path }, { cause: error });
      }
      throw new UnavailableError('ingest.index_open', `cannot open the ingest index ${path}: ${message}`, { path }, { cause: error });
    }
    const connection = await instance.connect();
    const db = new IndexDatabase(instance, connection, path);
    try {
      for (const statement of [...statements(indexSql('schema')), ...statements(indexSql('staging'))]) await db.run(statement);
      for (const table of Object.keys(STAGED_TYPES) as StagedTable[]) db.appenders.set(table, await connection.createAppender(table, 'main', 'temp'));
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  async run(sql: string, params?: Record<string, DuckDBValue>): Promise<void> {
    try {
      await this.connection.run(sql, params);
    } catch (error) {
      throw this.failure(error);
    }
  }

  async rows(sql: string, params?: Record<string, DuckDBValue>): Promise<unknown[][]> {
    try {
      return (await this.connection.runAndReadAll(sql, params)).getRowsJS() as unknown[][];
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** A disk that fails or fills is the environment's failure; any other DuckDB error is a defect in these statements. */
  private failure(error: unknown): CareledgerError {
    if (error instanceof CareledgerError) return error;
    const message = (error as Error).message;
    const context = { path: this.path };
    if (/^IO Error|No space left|Read-only file system/i.test(message)) {
      return new UnavailableError('ingest.index_io', `the ingest index ${this.path} cannot be read or written: ${message}`, context, { cause: error });
    }
    return new InternalError('ingest.index_query', `an ingest index statement failed on ${this.path}: ${message}`, context, { cause: error });
  }

  /** Ends a transaction a failed statement left open (none open is fine). */
  async rollback(): Promise<void> {
    await this.connection.run('ROLLBACK').catch(() => undefined);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.run('COMMIT');
      return result;
    } catch (error) {
      // A failed COMMIT has already ended the transaction; the original error is the one worth reporting.
      await this.rollback();
      throw error;
    }
  }

  /** Replaces the content of a scratch table with `columns` (one array per column, all the same length). */
  async stage(table: StagedTable, columns: readonly (readonly DuckDBValue[])[]): Promise<void> {
    await this.run(`DELETE FROM ${table}`);
    this.append(table, columns);
  }

  /**
   * Adds `columns` to a scratch table the caller knows is empty, synchronously (the appenders are made at open): a
   * batch staged and then written by one statement costs the JavaScript thread only this, and DuckDB does the rest
   * on its own threads while JavaScript parses the next batch.
   */
  append(table: StagedTable, columns: readonly (readonly DuckDBValue[])[]): void {
    const rowCount = columns[0]?.length ?? 0;
    if (rowCount === 0) return;
    const appender = this.appenders.get(table)!;
    try {
      for (let start = 0; start < rowCount; start += CHUNK_ROWS) {
        const end = Math.min(start + CHUNK_ROWS, rowCount);
        const chunk = DuckDBDataChunk.create(STAGED_TYPES[table], end - start);
        chunk.setColumns(columns.map((column) => column.slice(start, end)));
        appender.appendDataChunk(chunk);
      }
      appender.flushSync();
    } catch (error) {
      throw this.failure(error);
    }
  }

  close(): void {
    for (const appender of this.appenders.values()) appender.closeSync();
    this.appenders.clear();
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
