import { deepStrictEqual } from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseEvent } from '@careledger/events';
import { PROJECTION_TABLES } from '../projectionSchema';
import { ProjectionStore, storedEvents } from '../projectionStore';

export interface EpisodeRow {
  decom: string; rne: string; ls: string | null; cin: string | null; place: string | null; place_provider: string | null;
  dec: string | null; rec: string | null; reason_place_change: string | null; home_post: string | null; pl_post: string | null; urn: string | null;
}

export interface WhenOptions {
  /** Fold in batches of this many events, deriving after each batch as the projector does (default: one batch). */
  readonly batchSize?: number;
}

type Expectation = (store: ProjectionStore) => Promise<void>;

const EPISODES_SQL = `SELECT child_id, strftime(decom, '%Y-%m-%d') AS decom, rne, ls, cin, place, place_provider,
    strftime(dec, '%Y-%m-%d') AS dec, rec, reason_place_change, home_post, pl_post, urn
  FROM episodes WHERE $childId IS NULL OR child_id = $childId ORDER BY child_key, decom`;

/** Keeps only the keys the expected rows name, so a spec states just the columns it is about. */
function pick(rows: readonly Record<string, unknown>[], expected: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row, i) => {
    const keys = Object.keys(expected[i] ?? expected[0] ?? row);
    return Object.fromEntries(keys.map((k) => [k, row[k]]));
  });
}

/**
 * Given / when / then for the derivation (emmett's DeciderSpecification, for projections), on a real DuckDB file:
 *
 *   await EpisodeSpec.given(child.events).whenDerived().thenEpisodes([{ decom: '2023-06-01', rne: 'S', ... }]);
 *
 * `given` events are folded and derived first; `when(events)` folds and derives more on top (a correction that
 * arrives later); the `then` expectations run once the spec is awaited. Expected rows may name only some columns.
 */
export class EpisodeSpec implements PromiseLike<void> {
  private constructor(
    private readonly history: readonly CaseEvent[],
    private readonly later: readonly (readonly CaseEvent[])[] = [],
    private readonly options: WhenOptions = {},
    private readonly expectations: readonly Expectation[] = [],
  ) {}

  static given(events: readonly CaseEvent[]): EpisodeSpec {
    return new EpisodeSpec(events);
  }

  /** Folds more events after the given history has been derived, then derives again. */
  when(events: readonly CaseEvent[], options: WhenOptions = this.options): EpisodeSpec {
    return new EpisodeSpec(this.history, [...this.later, events], options, this.expectations);
  }

  whenDerived(options: WhenOptions = this.options): EpisodeSpec {
    return new EpisodeSpec(this.history, this.later, options, this.expectations);
  }

  /** The episodes (of one child, or of all ordered by child), compared on the columns the expected rows name. */
  thenEpisodes(expected: readonly Partial<EpisodeRow>[], childId?: string): EpisodeSpec {
    return this.then_(async (store) => {
      const rows = await store.query(EPISODES_SQL, { childId: childId ?? null });
      deepStrictEqual(pick(rows, expected), expected, `episodes${childId ? ` of ${childId}` : ''}`);
    });
  }

  /** The rows of any query, compared on the columns the expected rows name. */
  thenRows(sql: string, expected: readonly Record<string, unknown>[]): EpisodeSpec {
    return this.then_(async (store) => {
      deepStrictEqual(pick(await store.query(sql), expected), expected, sql);
    });
  }

  /** Any other check, on the store after the derivation. */
  thenStore(check: (store: ProjectionStore) => Promise<void>): EpisodeSpec {
    return this.then_(check);
  }

  private then_(expectation: Expectation): EpisodeSpec {
    return new EpisodeSpec(this.history, this.later, this.options, [...this.expectations, expectation]);
  }

  then<R1 = void, R2 = never>(onFulfilled?: ((value: void) => R1 | PromiseLike<R1>) | null, onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): PromiseLike<R1 | R2> {
    return this.run().then(onFulfilled, onRejected);
  }

  private async run(): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'careledger-episode-spec-'));
    const store = await ProjectionStore.open({ path: join(dir, 'projections.duckdb') });
    try {
      let offset = 0;
      for (const events of [this.history, ...this.later]) offset = await foldInBatches(store, events, offset, this.options.batchSize);
      for (const expectation of this.expectations) await expectation(store);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Folds events from `offset` in batches, deriving after each as the projector does; returns the next offset. */
export async function foldInBatches(store: ProjectionStore, events: readonly CaseEvent[], offset = 0, batchSize = Number.MAX_SAFE_INTEGER): Promise<number> {
  for (let start = 0; start < events.length; start += batchSize) {
    const batch = events.slice(start, start + batchSize);
    await store.foldBatch('spec', storedEvents(batch, offset + start), new Map([[0, offset + start + batch.length]]));
    await store.deriveDirtyChildren();
  }
  return offset + events.length;
}

/** Every projection table's rows, sorted, for comparing two derivations of the same history. */
export async function projectionSnapshot(store: ProjectionStore): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of PROJECTION_TABLES) {
    const rows = await store.query(`SELECT * FROM ${table}`);
    snapshot[table] = rows.map((row) => JSON.stringify(row, (_, v) => (typeof v === 'bigint' ? Number(v) : v))).sort();
  }
  return snapshot;
}
