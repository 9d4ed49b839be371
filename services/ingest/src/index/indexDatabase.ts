import { readFileSync } from 'node:fs';
import { DuckDBDataChunk, DuckDBInstance, VARCHAR, type DuckDBConnection, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { BusyError, UnavailableError } from '@careledger/runtime';

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
  staged_events: [VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR],
  staged_ids: [VARCHAR],
  staged_children: [VARCHAR, VARCHAR, VARCHAR, VARCHAR],
  staged_hashes: [VARCHAR],
} satisfies Record<string, DuckDBType[]>;

export type StagedTable = keyof typeof STAGED_TYPES;

/** The index's DuckDB file: one connection, its schema and scratch tables, transactions and staging. */
export class IndexDatabase {
  private constructor(private readonly instance: DuckDBInstance, private readonly connection: DuckDBConnection, readonly path: string) {}

  static async open(path: string): Promise<IndexDatabase> {
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '2' });
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
    for (const statement of [...statements(indexSql('schema')), ...statements(indexSql('staging'))]) await connection.run(statement);
    return db;
  }

  async run(sql: string, params?: Record<string, DuckDBValue>): Promise<void> {
    await this.connection.run(sql, params);
  }

  async rows(sql: string, params?: Record<string, DuckDBValue>): Promise<unknown[][]> {
    return (await this.connection.runAndReadAll(sql, params)).getRowsJS() as unknown[][];
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (error) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
  }

  /** Replaces the content of a scratch table with `columns` (one array per column, all the same length). */
  async stage(table: StagedTable, columns: readonly (readonly DuckDBValue[])[]): Promise<void> {
    await this.connection.run(`DELETE FROM ${table}`);
    const rowCount = columns[0]?.length ?? 0;
    if (rowCount === 0) return;
    const appender = await this.connection.createAppender(table, 'main', 'temp');
    try {
      for (let start = 0; start < rowCount; start += CHUNK_ROWS) {
        const end = Math.min(start + CHUNK_ROWS, rowCount);
        const chunk = DuckDBDataChunk.create(STAGED_TYPES[table], end - start);
        chunk.setColumns(columns.map((column) => column.slice(start, end)));
        appender.appendDataChunk(chunk);
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
