import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseEvent } from '@careledger/events';
import { ProjectionStore, storedEvents } from '../projectionStore';

/**
 * Real projections of `events` for the length of `work`: a DuckDB file in a temp folder, the events folded in one
 * batch and every child derived, as `project` does. The folder is removed afterwards.
 */
export async function withProjections<T>(events: readonly CaseEvent[], work: (store: ProjectionStore) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'careledger-projections-'));
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
