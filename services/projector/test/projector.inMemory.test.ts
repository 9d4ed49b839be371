/**
 * The projector on the in-memory log: no log files, DuckDB in memory where one database is enough. The same fold
 * runs for both store layouts, so these also pin the Kafka-mode layout (one database per partition) without Kafka.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { streamKey, validateCaseEvent, type CaseEvent } from '@careledger/events';
import { InMemoryEventLog } from '@careledger/eventlog';
import { ProjectionStore } from '@careledger/projections';
import { OneStoreForAllPartitions, Projector, StorePerPartition, partitionStorePaths } from '../src';
import { history, snapshot } from './fixtures';

const memoryStore = () => ProjectionStore.open({ path: ':memory:' });

async function logOf(events: readonly CaseEvent[], partitions: number): Promise<InMemoryEventLog> {
  const log = new InMemoryEventLog({ partitions });
  await log.append(events.map((e) => ({ key: streamKey(e), value: JSON.stringify(e) })));
  return log;
}

const childCount = (events: readonly CaseEvent[]) => new Set(events.map((e) => `${e.laCode}:${e.childId}`)).size;

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'careledger-projector-mem-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('projector on the in-memory log', () => {
  it('reports what it folded: events, batches, children re-derived and the next offset of every partition', async () => {
    const events = history();
    const log = await logOf(events, 3);
    const store = await memoryStore();
    const report = await new Projector(log, store, { batchSize: 16 }).catchUp();

    const ends = await log.endOffsets();
    expect(report.folded).toBe(events.length);
    expect(report.refused).toBe(0);
    const expectedBatches = [...ends.values()].reduce((n, end) => n + Math.ceil(end / 16), 0);
    expect(report.batches).toBe(expectedBatches);
    expect(report.childrenDerived).toBe(childCount(events));
    expect(report.offsets).toEqual(ends);
    expect(await store.offsets('projector')).toEqual(ends);

    // Caught up: a second call folds nothing and says so.
    expect(await new Projector(log, store).catchUp()).toMatchObject({ folded: 0, batches: 0, childrenDerived: 0, offsets: ends });
    store.close();
  });

  it('gives the same tables with three partitions as with one, and with one database per partition', async () => {
    const events = history();
    const one = await memoryStore();
    await new Projector(await logOf(events, 1), one, { batchSize: 50 }).catchUp();
    const shared = await memoryStore();
    await new Projector(await logOf(events, 3), shared, { batchSize: 11 }).catchUp();
    expect(await snapshot(shared)).toEqual(await snapshot(one));

    const log = await logOf(events, 3);
    const perPartition = new StorePerPartition({ directory: join(dir, 'projections') });
    const report = await new Projector(log, perPartition, { consumer: 'group-a', batchSize: 11 }).catchUp();
    expect(report.offsets).toEqual(await log.endOffsets());
    expect(perPartition.opened()).toEqual([]); // every partition was released (derived, closed) when revoked
    const paths = await partitionStorePaths(join(dir, 'projections'));
    expect(paths.map((p) => p.slice(p.lastIndexOf('/') + 1))).toEqual(['partition-0.duckdb', 'partition-1.duckdb', 'partition-2.duckdb']);
    const combined = await ProjectionStore.openCombined(paths);
    expect(await snapshot(combined)).toEqual(await snapshot(one));
    combined.close();
    one.close();
    shared.close();
  });

  it('rebuilds a per-partition layout by removing its databases and folding from 0', async () => {
    const events = history();
    const log = await logOf(events, 2);
    const stores = new StorePerPartition({ directory: join(dir, 'projections') });
    await new Projector(log, stores, { batchSize: 40 }).catchUp();
    const rebuilt = await new Projector(log, stores, { batchSize: 40 }).rebuild();
    expect(rebuilt.folded).toBe(events.length);
    expect(rebuilt.offsets).toEqual(await log.endOffsets());
    expect(existsSync(join(dir, 'projections', 'partition-1.duckdb'))).toBe(true);
  });

  it('derives every deriveEvery records as well as at the end', async () => {
    const events = history();
    const store = await memoryStore();
    const report = await new Projector(await logOf(events, 1), store, { batchSize: 10, deriveEvery: 30 }).catchUp();
    // Children touched in several derive windows are derived more than once.
    expect(report.childrenDerived).toBeGreaterThan(childCount(events));
    const clean = await memoryStore();
    await new Projector(await logOf(events, 1), clean).catchUp();
    expect(await snapshot(store)).toEqual(await snapshot(clean));
    store.close();
    clean.close();
  });

  it('validates a trusted record that does not look like ingest\'s, refusing it to the sink with its reason', async () => {
    const [event] = history().map((e) => {
      const result = validateCaseEvent(e);
      if (!result.ok) throw new Error('fixture event is invalid');
      return result.event;
    });
    const log = new InMemoryEventLog({ partitions: 2 });
    await log.append([{ key: streamKey(event!), value: JSON.stringify(event) }, { key: streamKey(event!), value: '{"type":"ReviewHeld"' }]);
    const refused: string[] = [];
    const sink = { put: async (records: readonly { errors: readonly { reason: string }[] }[], context: { source: string }) => { refused.push(...records.flatMap((r) => r.errors.map((e) => `${context.source} ${e.reason}`))); } };
    const store = await memoryStore();
    const report = await new Projector(log, new OneStoreForAllPartitions(store), { trustLog: true, refused: sink }).catchUp();
    expect(report).toMatchObject({ folded: 1, refused: 1, batches: 1 });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^log:in-memory malformed JSON/);
    store.close();
  });
});
