import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { history, snapshot } from './fixtures';
import { streamKey, validateCaseEvent, type CaseEvent } from '@careledger/events';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { DERIVE_STEPS, ProjectionStore } from '@careledger/projections';
import { StageTimings } from '@careledger/runtime';
import { identifyEvent as identifyIngestedEvent } from '@careledger/events';
import { Projector } from '../src';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'careledger-projector-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function appendAll(log: EmbeddedEventLog, events: readonly CaseEvent[]): Promise<void> {
  await log.append(events.map((e) => ({ key: streamKey(e), value: JSON.stringify(e) })));
}

describe('projector', () => {
  it('resumes after a stop mid-stream and ends with the same tables as a clean rebuild', async () => {
    const events = history();
    const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    await appendAll(log, events);

    const firstRun = await ProjectionStore.open({ path: join(dir, 'a.duckdb') });
    const stopped = await new Projector(log, firstRun, { batchSize: 25 }).catchUp({ maxBatches: 3 });
    expect(stopped.folded).toBe(75);
    firstRun.close(); // the "crash": nothing after the third committed batch

    const resumed = await ProjectionStore.open({ path: join(dir, 'a.duckdb') });
    expect((await resumed.offsets('projector')).get(0)).toBe(75);
    const rest = await new Projector(log, resumed, { batchSize: 25 }).catchUp();
    expect(rest.folded).toBe(events.length - 75);

    const clean = await ProjectionStore.open({ path: join(dir, 'b.duckdb') });
    await new Projector(log, clean, { batchSize: 1000 }).catchUp();
    expect(await snapshot(resumed)).toEqual(await snapshot(clean));
    const [count] = await resumed.query<{ n: bigint }>('SELECT count(*) AS n FROM events');
    expect(Number(count!.n)).toBe(events.length);

    const rebuilt = await new Projector(log, resumed, { batchSize: 7 }).rebuild();
    expect(rebuilt.folded).toBe(events.length);
    expect(await snapshot(resumed)).toEqual(await snapshot(clean));
    resumed.close();
    clean.close();
    await log.close();
  });

  it('folds events appended later, re-deriving only from the stored offset', async () => {
    const events = history();
    const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    await appendAll(log, events.slice(0, 100));
    const store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
    const projector = new Projector(log, store, { batchSize: 30 });
    await projector.catchUp();
    await appendAll(log, events.slice(100));
    const second = await projector.catchUp();
    expect(second.folded).toBe(events.length - 100);
    const clean = await ProjectionStore.open({ path: join(dir, 'c.duckdb') });
    await new Projector(log, clean).catchUp();
    expect(await snapshot(store)).toEqual(await snapshot(clean));
    store.close();
    clean.close();
    await log.close();
  });

  it('derives a chunk of children per transaction to the same tables as one derive of them all', async () => {
    const events = history();
    const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    await appendAll(log, events);
    const chunked = await ProjectionStore.open({ path: join(dir, 'chunked.duckdb'), deriveChunkChildren: 7 });
    const whole = await ProjectionStore.open({ path: join(dir, 'whole.duckdb') });
    const report = await new Projector(log, chunked).catchUp();
    await new Projector(log, whole).catchUp();
    expect(report.childrenDerived).toBeGreaterThan(1);
    expect(await chunked.dirtyChildren()).toEqual([]);
    expect((await chunked.pendingValidation()).length).toBe(report.childrenDerived);
    expect(await snapshot(chunked)).toEqual(await snapshot(whole));
    chunked.close();
    whole.close();
    await log.close();
  });

  it('says where its time went when given timings: the log, the staging, the SQL and every derive step', async () => {
    const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    await appendAll(log, history());
    const store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
    const timings = new StageTimings();
    await new Projector(log, store, { batchSize: 30, timings }).catchUp();
    const steps = timings.steps().map(([step]) => step);
    expect(steps).toEqual(expect.arrayContaining([
      'fold: parse and validate the records (JS)', 'fold: wait for the log (its read not hidden behind the last store)',
      'fold: append the batch to DuckDB (staging)', 'fold: parse the JSON, store the events, mark children dirty (SQL)', 'commit (DuckDB)',
    ]));
    expect(steps.filter((step) => step.startsWith('derive: '))).toEqual(DERIVE_STEPS.map((unit) => `derive: ${unit.name}`));
    expect(timings.steps().every(([, seconds]) => seconds >= 0)).toBe(true);
    store.close();
    await log.close();
  });

  it('refuses a log record that is not a valid event, with its reason, and folds the rest', async () => {
    const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    const child = new ChildHistory('990', 'Q1');
    child.details({ dob: '2015-05-05' }, '2020-01-01');
    await appendAll(log, child.events);
    await log.append([{ key: '990:Q1', value: '{"not":"an event"}' }]);
    const refusedSeen: string[] = [];
    const store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
    const report = await new Projector(log, store, { refused: { put: async (records) => { refusedSeen.push(...records.flatMap((r) => r.errors.map((e) => e.field))); } } }).catchUp();
    expect(report).toMatchObject({ folded: 1, refused: 1 });
    expect(refusedSeen).toEqual(['type']);
    expect((await store.offsets('projector')).get(0)).toBe(2);
    store.close();
    await log.close();
  });

  it('folds a trusted log (records ingest wrote) without re-validating, to the same tables', async () => {
    // What ingest appends: each event as validated, serialised envelope first.
    const events = history().map((event) => {
      const result = validateCaseEvent(event);
      if (!result.ok) throw new Error('fixture event is invalid');
      return result.event;
    });
    const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    await appendAll(log, events);
    const trusted = await ProjectionStore.open({ path: join(dir, 't.duckdb') });
    const validated = await ProjectionStore.open({ path: join(dir, 'v.duckdb') });
    await new Projector(log, trusted, { trustLog: true, batchSize: 40 }).catchUp();
    await new Projector(log, validated, { batchSize: 40 }).catchUp();
    expect(await snapshot(trusted)).toEqual(await snapshot(validated));
    expect(identifyIngestedEvent(JSON.stringify(events[0]))).toEqual({ eventId: events[0]!.eventId, childKey: `990:${events[0]!.childId}` });
    expect(identifyIngestedEvent('{"type":"ReviewHeld","eventId":"x"}')).toBeUndefined();
    trusted.close();
    validated.close();
    await log.close();
  });
});
