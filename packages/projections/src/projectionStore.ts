import { BIGINT, DuckDBDataChunk, DuckDBInstance, INTEGER, VARCHAR, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { CareledgerError, silentLogger, type Logger } from '@careledger/runtime';
import type { CaseEvent } from '@careledger/events';
import type { LogOffsets, LogPosition } from '@careledger/eventlog';
import { PROJECTION_DDL, STAGING_DDL, STAGING_TO_EVENTS } from './ddl';
import { DERIVE_DIRTY_CHILDREN } from './deriveSql';

/** A validated event as it is in the log (its JSON), with its log position. */
export interface StoredEvent extends LogPosition {
  readonly eventId: string;
  /** 'laCode:childId', the child the event is about. */
  readonly childKey: string;
  readonly body: string;
}

export function storedEvents(events: readonly CaseEvent[], firstOffset = 0, partition = 0): StoredEvent[] {
  return events.map((event, i) => ({ partition, offset: firstOffset + i, eventId: event.eventId, childKey: `${event.laCode}:${event.childId}`, body: JSON.stringify(event) }));
}

export interface ProjectionStoreOptions {
  readonly path: string;
  readonly readOnly?: boolean;
  readonly logger?: Logger;
  readonly threads?: number;
}

const CHUNK_ROWS = 2048;

/**
 * The DuckDB projection database: the single writer of one file. Every fold batch is one transaction that stores
 * the events, marks their children dirty and records the consumer's next offsets, so a crash at any point either
 * keeps the whole batch or none of it.
 */
export class ProjectionStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    readonly path: string,
    private readonly logger: Logger,
  ) {}

  static async open(options: ProjectionStoreOptions): Promise<ProjectionStore> {
    const config: Record<string, string> = {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      threads: String(options.threads ?? 2),
      // Fold batches are large: checkpointing after every commit would rewrite the tables each batch.
      wal_autocheckpoint: '512MB',
    };
    if (options.readOnly) config.access_mode = 'READ_ONLY';
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(options.path, config);
    } catch (error) {
      throw new CareledgerError('projections.open', `cannot open projection database ${options.path}: ${(error as Error).message}`, { path: options.path }, { cause: error });
    }
    const connection = await instance.connect();
    const store = new ProjectionStore(instance, connection, options.path, options.logger ?? silentLogger);
    if (!options.readOnly) {
      for (const statement of PROJECTION_DDL) await connection.run(statement);
    }
    await connection.run(STAGING_DDL);
    return store;
  }

  /**
   * A read-only view over several projection databases (one per Kafka partition), for the returns: each child lives
   * in exactly one of them (the log is partitioned by child), so the union of their tables is the whole LA.
   */
  static async openCombined(paths: readonly string[], logger?: Logger): Promise<ProjectionStore> {
    if (paths.length === 0) throw new CareledgerError('projections.none', 'no projection databases to combine: has any projector folded the log yet?');
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '2' });
    const connection = await instance.connect();
    const aliases = paths.map((_, i) => `part${i}`);
    for (const [i, path] of paths.entries()) {
      await connection.run(`ATTACH '${path.replaceAll("'", "''")}' AS ${aliases[i]} (READ_ONLY)`);
    }
    for (const table of ['children', 'episodes', 'reviews', 'missing_episodes', 'data_quality_issues', 'projector_offsets']) {
      await connection.run(`CREATE TEMP VIEW ${table} AS ${aliases.map((alias) => `SELECT * FROM ${alias}.${table}`).join(' UNION ALL ')}`);
    }
    return new ProjectionStore(instance, connection, paths.join(','), logger ?? silentLogger);
  }

  /** The next offset per partition that `consumer` has folded. */
  async offsets(consumer: string): Promise<Map<number, number>> {
    const reader = await this.connection.runAndReadAll(
      'SELECT log_partition, next_offset FROM projector_offsets WHERE consumer = $consumer ORDER BY log_partition',
      { consumer },
    );
    return new Map(reader.getRowsJS().map(([partition, offset]) => [Number(partition), Number(offset)]));
  }

  /**
   * Folds one batch: stores the events (an event id seen before is ignored), marks their children for
   * re-derivation, and advances `consumer`'s offsets, in one transaction.
   */
  async foldBatch(consumer: string, events: readonly StoredEvent[], nextOffsets: LogOffsets): Promise<void> {
    await this.transaction(async () => {
      await this.stage(events);
      for (const statement of STAGING_TO_EVENTS) await this.connection.run(statement);
      await this.saveOffsets(consumer, nextOffsets);
    });
  }

  /** Re-derives every dirty child's projection rows, in one transaction. Returns how many children it re-derived. */
  async deriveDirtyChildren(): Promise<number> {
    const reader = await this.connection.runAndReadAll('SELECT count(*) FROM dirty_children');
    const dirty = Number(reader.getRowsJS()[0]?.[0] ?? 0);
    if (dirty === 0) return 0;
    await this.transaction(async () => {
      for (const [index, statement] of DERIVE_DIRTY_CHILDREN.entries()) {
        try {
          await this.connection.run(statement);
        } catch (error) {
          throw new CareledgerError('projections.derive', `deriving projections failed at step ${index}: ${(error as Error).message}`, { step: index }, { cause: error });
        }
      }
    });
    this.logger.debug({ children: dirty }, 'projections re-derived');
    return dirty;
  }

  /** Empties every projection, the stored events and all consumers' offsets, for a rebuild from offset 0. */
  async clear(): Promise<void> {
    await this.transaction(async () => {
      for (const table of ['events', 'children', 'episodes', 'reviews', 'missing_episodes', 'data_quality_issues', 'dirty_children', 'projector_offsets']) {
        await this.connection.run(`DELETE FROM ${table}`);
      }
    });
    await this.checkpoint();
  }

  async saveOffsets(consumer: string, nextOffsets: LogOffsets): Promise<void> {
    for (const [partition, offset] of nextOffsets) {
      await this.connection.run(
        `INSERT INTO projector_offsets VALUES ($consumer, $partition, $offset)
         ON CONFLICT (consumer, log_partition) DO UPDATE SET next_offset = excluded.next_offset`,
        { consumer, partition, offset },
      );
    }
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

  private async stage(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    const appender = await this.connection.createAppender('staging', 'main', 'temp');
    const types = [INTEGER, BIGINT, VARCHAR, VARCHAR, VARCHAR];
    const seen = new Set<string>();
    for (let start = 0; start < events.length; start += CHUNK_ROWS) {
      const end = Math.min(start + CHUNK_ROWS, events.length);
      const partitions: number[] = [];
      const offsets: bigint[] = [];
      const eventIds: string[] = [];
      const childKeys: string[] = [];
      const bodies: string[] = [];
      for (let i = start; i < end; i++) {
        const e = events[i]!;
        if (seen.has(e.eventId)) continue;
        seen.add(e.eventId);
        partitions.push(e.partition);
        offsets.push(BigInt(e.offset));
        eventIds.push(e.eventId);
        childKeys.push(e.childKey);
        bodies.push(e.body);
      }
      const chunk = DuckDBDataChunk.create(types, bodies.length);
      chunk.setColumns([partitions, offsets, eventIds, childKeys, bodies]);
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
    appender.closeSync();
  }

  /** Rows of a query as plain JS objects (dates as 'YYYY-MM-DD' strings when cast in SQL). */
  async query<T = Record<string, unknown>>(sql: string, params?: Record<string, DuckDBValue>): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJS() as T[];
  }

  async checkpoint(): Promise<void> {
    await this.connection.run('CHECKPOINT');
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
