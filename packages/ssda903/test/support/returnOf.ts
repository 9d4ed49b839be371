import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CalendarDate } from '@careledger/runtime';
import type { CaseEvent } from '@careledger/events';
import { ProjectionStore, storedEvents } from '@careledger/projections';
import { collectionYear, selectSsda903Tables, type ProjectionQuery, type ReturnScope, type Ssda903Tables } from '../../src';

export const LA = '990';

/**
 * Folds `events` into real projections (a DuckDB file in a temp folder, removed afterwards) and hands the store to
 * `work`, as the projector and the returns service would see it.
 */
export async function withProjections<T>(events: readonly CaseEvent[], work: (store: ProjectionQuery) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'careledger-ssda903-'));
  try {
    const store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
    try {
      await store.foldBatch('spec', storedEvents(events), new Map([[0, events.length]]));
      await store.deriveDirtyChildren();
      return await work(store);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const scopeOf = (endYear: number, asAt: CalendarDate = `${endYear}-06-30`): ReturnScope => ({ laCode: LA, year: collectionYear(endYear), asAt });

/** The 903 tables of LA 990's return for the year ending 31 March `endYear`, as at `asAt` (default: after it). */
export function returnOf(events: readonly CaseEvent[], endYear: number, asAt?: CalendarDate): Promise<Ssda903Tables> {
  return withProjections(events, (store) => selectSsda903Tables(store, scopeOf(endYear, asAt)));
}
