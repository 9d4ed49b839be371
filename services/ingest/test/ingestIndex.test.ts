import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChildHistory } from '@careledger/events/testing';
import { streamKey, type CaseEvent } from '@careledger/events';
import type { AppendRecord, EventLog, LogConsumer, LogPosition, LogRecord, ReplayOptions } from '@careledger/eventlog';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { contiguousAdvance, eventContentHash, FileDeadLetterStore, IngestIndex, IngestService, type DeadLetterRecord, type DeadLetterStore } from '../src';
import { measureIndexOpen } from '../bench/indexOpen';

let dir: string;
let log: EmbeddedEventLog;
let indexPath: string;
const toClose: { close(): unknown }[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-ingest-index-'));
  log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  indexPath = join(dir, 'ingest-index.duckdb');
});
afterEach(async () => {
  for (const item of toClose.splice(0)) await item.close();
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

const ndjson = (events: readonly CaseEvent[]) => events.map((e) => JSON.stringify(e)).join('\n');
const deadLetters = () => new FileDeadLetterStore(join(dir, 'dead-letter.ndjson'));

async function open(on: EventLog = log, store: DeadLetterStore = deadLetters()): Promise<IngestService> {
  const ingest = await IngestService.open(on, store, undefined, { indexPath });
  toClose.push(ingest);
  return ingest;
}

function children(count: number, prefix = 'C'): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (let i = 0; i < count; i++) {
    const child = new ChildHistory('990', `${prefix}${i}`);
    child.details({ dob: '2012-03-04' }, '2023-01-01');
    child.startCare('2023-01-05', { ls: 'C1', place: 'U6' });
    child.move('2023-03-01', { place: 'U4' });
    events.push(...child.events);
  }
  return events;
}

/** The embedded log, counting what replays hand out (to see what an open reads). */
class CountingLog implements EventLog {
  readonly kind: string;
  replayed = 0;
  constructor(private readonly inner: EventLog, private readonly afterAppend?: () => void) {
    this.kind = inner.kind;
  }
  async append(records: readonly AppendRecord[]): Promise<LogPosition[]> {
    const positions = await this.inner.append(records);
    this.afterAppend?.();
    return positions;
  }
  partitions(): Promise<number[]> { return this.inner.partitions(); }
  endOffsets(): Promise<Map<number, number>> { return this.inner.endOffsets(); }
  replay(onBatch: (batch: readonly LogRecord[]) => Promise<void>, options?: ReplayOptions): Promise<void> {
    return this.inner.replay(async (batch) => { this.replayed += batch.length; await onBatch(batch); }, options);
  }
  consumer(group: string, options?: { batchSize?: number }): LogConsumer { return this.inner.consumer(group, options); }
  async close(): Promise<void> {}
}

describe('the ingest index, persisted', () => {
  it('reads the whole log once; a second open reads 0 records and still knows every id and child', async () => {
    const events = children(20);
    await log.append(events.map((e) => ({ key: streamKey(e), value: JSON.stringify(e) })));
    const counting = new CountingLog(log);
    const first = await open(counting);
    expect(first.indexCatchUp.records).toBe(60);
    expect(counting.replayed).toBe(60);
    await first.close();

    counting.replayed = 0;
    const second = await open(counting);
    expect(second.indexCatchUp.records).toBe(0);
    const early = new ChildHistory('990', 'C3');
    early.review('2011-01-01', 'PN0');
    const report = await second.ingestNdjson(`${ndjson(events)}\n${ndjson(early.events)}`);
    expect(report).toMatchObject({ appended: 0, duplicates: 60 });
    expect(report.rejected[0]!.errors[0]!.reason).toBe("ReviewHeld on 2011-01-01 is before the child's date of birth 2012-03-04");
    expect(counting.replayed).toBe(0);
  });

  it('after a crash between the append and the index update, the next open catches up and loses nothing', async () => {
    const before = children(2, 'A');
    const ingest = await open();
    await ingest.ingestNdjson(ndjson(before));
    await ingest.close();

    // The append is durable, then the process dies before the index hears of it.
    const crashing = new CountingLog(log, () => { throw new Error('killed after the append'); });
    const crashed = await open(crashing);
    const lost = children(2, 'B');
    await expect(crashed.ingestNdjson(ndjson(lost))).rejects.toThrow('killed after the append');
    await crashed.close();
    expect((await log.endOffsets()).get(0)).toBe(12);

    const counting = new CountingLog(log);
    const reopened = await open(counting);
    expect(reopened.indexCatchUp.records).toBe(6);
    const again = await reopened.ingestNdjson(ndjson([...before, ...lost]));
    expect(again).toMatchObject({ appended: 0, duplicates: 12, rejected: [] });
    const move = new ChildHistory('990', 'B1');
    move.move('2023-04-01', { place: 'U5' });
    // B1's start is known only from the log records the index caught up on.
    expect(await reopened.ingestNdjson(ndjson(move.events))).toMatchObject({ appended: 1, rejected: [] });
  });

  it('advances its offset only when the appended positions continue from it; another writer in between is caught up later', async () => {
    const index = await IngestIndex.open(log, { path: indexPath });
    toClose.push(index);
    const mine = children(1, 'M');
    const foreign = children(1, 'F');
    await index.recordAppended(mine.map(entry), await append(mine));
    expect(await index.offsets()).toEqual(new Map([[0, 3]]));

    await append(foreign); // another producer: offsets 3-5, not indexed
    const later = children(1, 'L');
    await index.recordAppended(later.map(entry), await append(later));
    expect(await index.offsets()).toEqual(new Map([[0, 3]]));
    expect([...(await index.events([later[0]!.eventId])).keys()]).toEqual([later[0]!.eventId]);

    // The catch-up reads offsets 3-8 again: the foreign records are new, the 'later' ones harmlessly known.
    expect(await index.catchUp()).toMatchObject({ records: 6 });
    expect(await index.offsets()).toEqual(new Map([[0, 9]]));
    const known = await index.events([...mine, ...foreign, ...later].map((e) => e.eventId));
    expect(known.size).toBe(9);
    expect((await index.children(['990:F0'])).get('990:F0')).toEqual({ dateOfBirth: '2012-03-04', earliestCareDate: '2023-01-05', earliestCareStart: '2023-01-05' });
    expect(await index.catchUp()).toMatchObject({ records: 0 });
  });

  it('a failed index write indexes nothing of its batch, the next write only its own, and the catch-up the rest', async () => {
    const index = await IngestIndex.open(log, { path: indexPath });
    toClose.push(index);
    const failed = children(1, 'X');
    // An impossible date makes the write's own statements fail after its batch was staged.
    const impossible = new Map([['990:X0', { dateOfBirth: '2012-02-30' }]]);
    await expect(index.recordAppended(failed.map(entry), await append(failed), impossible)).rejects.toThrow();
    expect((await index.events(failed.map((e) => e.eventId))).size).toBe(0);
    expect(await index.offsets()).toEqual(new Map());

    const next = children(1, 'N');
    const nextChild = { dateOfBirth: '2012-03-04', earliestCareDate: '2023-01-05', earliestCareStart: '2023-01-05' };
    await index.recordAppended(next.map(entry), await append(next), new Map([['990:N0', nextChild]]));
    expect([...(await index.events([...failed, ...next].map((e) => e.eventId))).keys()].sort()).toEqual(next.map((e) => e.eventId).sort());
    expect(await index.children(['990:X0', '990:N0'])).toEqual(new Map([['990:N0', nextChild]]));
    expect(await index.offsets()).toEqual(new Map());

    expect(await index.catchUp()).toMatchObject({ records: 6 });
    expect((await index.events([...failed, ...next].map((e) => e.eventId))).size).toBe(6);
    expect((await index.children(['990:X0'])).get('990:X0')).toEqual(nextChild);
    expect(await index.offsets()).toEqual(new Map([[0, 6]]));
  });

  it('a partition advances only on a gapless run from its stored offset', () => {
    const at = (partition: number, offset: number) => ({ partition, offset });
    expect(contiguousAdvance(new Map([[0, 3]]), [at(0, 4), at(0, 3), at(1, 0)])).toEqual(new Map([[0, 5], [1, 1]]));
    expect(contiguousAdvance(new Map([[0, 3]]), [at(0, 4), at(0, 5)])).toEqual(new Map());
    expect(contiguousAdvance(new Map([[0, 3]]), [at(0, 3), at(0, 5)])).toEqual(new Map());
  });

  it('rebuilds itself when it has read further than the log holds (the log was made again)', async () => {
    const events = children(2);
    await (await open()).ingestNdjson(ndjson(events));
    for (const item of toClose.splice(0)) await item.close();
    await log.close();
    rmSync(join(dir, 'log'), { recursive: true, force: true });
    log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    const fresh = await open();
    expect(await fresh.ingestNdjson(ndjson(events))).toMatchObject({ appended: 6, duplicates: 0 });
  });

  it('keeps the hashes of dead letters for a store that cannot look them up, across restarts', async () => {
    const stored: DeadLetterRecord[] = [];
    const topicLike: DeadLetterStore = { put: async (records) => { stored.push(...records); } };
    const text = '{"eventId": "broken\n{"also": "not an event"}';
    const first = await open(log, topicLike);
    expect((await first.ingestNdjson(text)).rejected).toHaveLength(2);
    await first.close();
    const second = await open(log, topicLike);
    expect((await second.ingestNdjson(`${text}\n{"third": 1}`)).rejected).toHaveLength(3);
    expect(stored.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(stored.every((r) => typeof r.contentHash === 'string')).toBe(true);
  });

  it('is refused as busy, not as an unexpected failure, while another process holds the index', async () => {
    const holder = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./support/holdIndex.ts', import.meta.url)), indexPath], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await once(holder.stdout!, 'data');
      await expect(IngestService.open(log, deadLetters(), undefined, { indexPath })).rejects.toMatchObject({ kind: 'busy', code: 'ingest.index_busy' });
    } finally {
      holder.kill('SIGTERM');
      await once(holder, 'exit');
    }
  });

  it('an index that cannot be opened is refused as unavailable, naming its path', async () => {
    await expect(IngestService.open(log, deadLetters(), undefined, { indexPath: dir })).rejects.toMatchObject({ kind: 'unavailable', code: 'ingest.index_open', context: { path: dir } });
  });

  it('measureIndexOpen: building reads the log, reopening reads nothing', async () => {
    const events = children(30);
    await log.append(events.map((e) => ({ key: streamKey(e), value: JSON.stringify(e) })));
    const measure = await measureIndexOpen(log, { indexPath });
    expect(measure.build.records).toBe(90);
    expect(measure.reopen.records).toBe(0);
    expect(measure.reopen.seconds).toBeGreaterThan(0);
  });
});

function entry(event: CaseEvent) {
  return { event, contentHash: eventContentHash(JSON.stringify(event)) };
}

function append(events: readonly CaseEvent[]): Promise<LogPosition[]> {
  return log.append(events.map((e) => ({ key: streamKey(e), value: JSON.stringify(e) })));
}
