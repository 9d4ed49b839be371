/**
 * Behaviour every EventLog adapter must have, as a vitest suite: `eventLogContract('kafka', factory)` inside a test file.
 * It uses only the port, and stays small (tens of records per test) so it is quick against a real Kafka broker too.
 *
 * It assumes only what the port promises: offsets increase within a partition (not that they start at 0 or are
 * contiguous across calls), records of one key share a partition, and order holds within a partition.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CareledgerError } from '@careledger/runtime';
import { EventLogError } from './errors';
import type { AppendRecord, EventLog, LogOffsets, LogPosition, LogRecord, PartitionHandler, ReplayOptions } from './port';

export interface EventLogUnderTest {
  /** A fresh, empty log. */
  readonly log: EventLog;
  /** Opens the same log again after the contract has closed `log`: every adapter must keep what it acknowledged. */
  readonly reopen: () => Promise<EventLog>;
  /** Releases everything `create()` made. Called after every test, whether or not the test closed `log` itself. */
  cleanup(): Promise<void>;
}

export interface EventLogFactory {
  create(): Promise<EventLogUnderTest>;
  /** A consumer group name no other test uses (Kafka keeps groups; the others ignore it). Default: a counter. */
  readonly groupName?: () => string;
}

let groups = 0;

export function eventLogContract(name: string, factory: EventLogFactory): void {
  describe(`EventLog contract: ${name}`, () => {
    let subject: EventLogUnderTest;
    let log: EventLog;

    beforeEach(async () => {
      subject = await factory.create();
      log = subject.log;
    });

    afterEach(async () => {
      await subject.cleanup();
    });

    it('starts empty, with every partition at offset 0', async () => {
      const partitions = await log.partitions();
      expect(partitions.length).toBeGreaterThan(0);
      expect(partitions).toEqual([...partitions].sort((a, b) => a - b));
      const ends = await log.endOffsets();
      expect([...ends.keys()].sort((a, b) => a - b)).toEqual(partitions);
      for (const offset of ends.values()) expect(offset).toBe(0);
      expect(await readAll(log)).toEqual([]);
    });

    it('append returns one position per record, in input order, with increasing offsets per partition', async () => {
      const partitions = await log.partitions();
      const first = await log.append(records(12, 4, 'a'));
      const second = await log.append(records(12, 4, 'b'));
      expect(first).toHaveLength(12);
      expect(second).toHaveLength(12);
      for (const position of [...first, ...second]) expect(partitions).toContain(position.partition);
      expectIncreasingPerPartition([...first, ...second]);
    });

    it('puts every record of a key in one partition and replays them in append order', async () => {
      const appended: AppendRecord[] = [];
      const positions: LogPosition[] = [];
      for (const batch of ['a', 'b', 'c']) {
        const calls = records(10, 5, batch);
        appended.push(...calls);
        positions.push(...(await log.append(calls)));
      }
      const partitionOfKey = new Map<string, number>();
      appended.forEach((record, i) => {
        const partition = positions[i]!.partition;
        expect(partitionOfKey.get(record.key) ?? partition).toBe(partition);
        partitionOfKey.set(record.key, partition);
      });

      const replayed = await readAll(log);
      for (const [key, partition] of partitionOfKey) {
        const read = replayed.filter((record) => record.key === key);
        expect(read.map((record) => record.value)).toEqual(appended.filter((r) => r.key === key).map((r) => r.value));
        for (const record of read) expect(record.partition).toBe(partition);
      }
    });

    it('replays every record from the beginning exactly once, with its key and value', async () => {
      const appended = [...records(15, 5, 'a'), ...records(15, 3, 'b')];
      const positions = [...(await log.append(appended.slice(0, 15))), ...(await log.append(appended.slice(15)))];
      const replayed = await readAll(log);
      expect(sortByPosition(replayed)).toEqual(sortByPosition(asLogRecords(appended, positions)));
      expectIncreasingPerPartition(replayed);
    });

    it('replays from a per-partition offset map exactly the records at and after it', async () => {
      const appended = records(24, 6, 'a');
      const expected = asLogRecords(appended, await log.append(appended));
      const from = new Map<number, number>();
      for (const [partition, inPartition] of groupByPartition(expected)) {
        from.set(partition, inPartition[Math.floor(inPartition.length / 2)]!.offset);
      }
      const wanted = expected.filter((record) => record.offset >= from.get(record.partition)!);
      expect(wanted.length).toBeGreaterThan(0);
      expect(wanted.length).toBeLessThan(expected.length);
      expect(sortByPosition(await readAll(log, { from }))).toEqual(sortByPosition(wanted));

      // An empty map reads everything; the end offsets read nothing.
      expect(sortByPosition(await readAll(log, { from: new Map() }))).toEqual(sortByPosition(expected));
      expect(await readAll(log, { from: await log.endOffsets() })).toEqual([]);
    });

    it('respects batchSize', async () => {
      await log.append(records(25, 4, 'a'));
      const batches: LogRecord[][] = [];
      await log.replay(
        async (batch) => {
          batches.push([...batch]);
        },
        { batchSize: 7 },
      );
      for (const batch of batches) {
        expect(batch.length).toBeGreaterThan(0);
        expect(batch.length).toBeLessThanOrEqual(7);
      }
      expect(batches.flat()).toHaveLength(25);
      expectIncreasingPerPartition(batches.flat());
    });

    it('reports end offsets that are the offsets the next appends get', async () => {
      const positions = await log.append(records(16, 4, 'a'));
      const ends = await log.endOffsets();
      expect([...ends.keys()].sort((a, b) => a - b)).toEqual(await log.partitions());
      for (const [partition, end] of ends) {
        const offsets = positions.filter((p) => p.partition === partition).map((p) => p.offset);
        expect(end).toBe(offsets.length === 0 ? 0 : Math.max(...offsets) + 1);
      }
      // The first next record in each partition gets exactly that partition's end offset.
      const next = await log.append(records(4, 4, 'b'));
      const seen = new Set<number>();
      for (const position of next) {
        if (seen.has(position.partition)) continue;
        seen.add(position.partition);
        expect(position.offset).toBe(ends.get(position.partition));
      }
    });

    it('does not include records appended after a replay began', async () => {
      await log.append(records(10, 2, 'before'));
      const replayed: LogRecord[] = [];
      let appendedDuring = false;
      await log.replay(
        async (batch) => {
          replayed.push(...batch);
          if (!appendedDuring) {
            appendedDuring = true;
            await log.append(records(5, 2, 'during'));
          }
        },
        { batchSize: 3 },
      );
      expect(replayed).toHaveLength(10);
      expect(replayed.every((record) => record.value.startsWith('before'))).toBe(true);
      expect(await readAll(log)).toHaveLength(15);
    });

    it('treats an empty append as a no-op', async () => {
      await log.append(records(3, 1, 'a'));
      const ends = await log.endOffsets();
      expect(await log.append([])).toEqual([]);
      expect(await log.endOffsets()).toEqual(ends);
      expect(await readAll(log)).toHaveLength(3);
    });

    it('keeps unicode keys and values intact', async () => {
      const appended: AppendRecord[] = [
        { key: 'E09000001:Zoë', value: JSON.stringify({ name: 'Zoë Ünal-Łukasiewicz', note: 'café — naïve' }) },
        { key: 'E09000001:子供-7', value: '{"name":"山田 花子","emoji":"👩‍👧‍👦🏳️‍🌈","math":"𝔘𝔫𝔦𝔠𝔬𝔡𝔢"}' },
        { key: 'E09000001:rtl', value: 'مرحبا שלום\u200f' },
        { key: 'E09000001:control', value: 'line1\nline2\r\n\ttab\u0000nul "quoted" \\ backslash' },
        { key: 'E09000001:long', value: '€'.repeat(5000) },
        { key: 'E09000001:empty', value: '' },
      ];
      const positions = await log.append(appended);
      expect(sortByPosition(await readAll(log))).toEqual(sortByPosition(asLogRecords(appended, positions)));
    });

    it('keeps every appended record across close and reopen', async () => {
      const appended = [...records(10, 3, 'a'), ...records(10, 3, 'b')];
      const positions = [...(await log.append(appended.slice(0, 10))), ...(await log.append(appended.slice(10)))];
      const ends = await log.endOffsets();
      await log.close();

      const reopened = await subject.reopen();
      try {
        expect(await reopened.endOffsets()).toEqual(ends);
        expect(sortByPosition(await readAll(reopened))).toEqual(sortByPosition(asLogRecords(appended, positions)));
        const [next] = await reopened.append([appended[0]!]);
        expect(next).toEqual({ partition: positions[0]!.partition, offset: ends.get(positions[0]!.partition) });
      } finally {
        await reopened.close();
      }
    });

    it('lands every record of concurrent appends exactly once, each call in order', async () => {
      const calls = Array.from({ length: 20 }, (_, call) => records(5, 1, `call${call}`, `concurrent:${call}`));
      const results = await Promise.all(calls.map((call) => log.append(call)));
      const expected = calls.flatMap((call, i) => asLogRecords(call, results[i]!));
      const ids = expected.map((record) => `${record.partition}:${record.offset}`);
      expect(new Set(ids).size).toBe(100);
      for (const result of results) expectIncreasingPerPartition(result);

      const replayed = await readAll(log);
      expect(sortByPosition(replayed)).toEqual(sortByPosition(expected));
      expect(new Set(replayed.map((record) => record.value)).size).toBe(100);
    });

    describe('consumption', () => {
      const group = () => factory.groupName?.() ?? `contract-group-${++groups}`;

      it('gives a consumer every partition and reads from the handler\'s offsets to the end, one partition per batch', async () => {
        const appended = records(30, 6, 'a');
        const expected = asLogRecords(appended, await log.append(appended));
        const partitions = await log.partitions();
        // The handler's checkpoint: a third of the way into each partition.
        const from = new Map<number, number>();
        for (const [partition, inPartition] of groupByPartition(expected)) {
          from.set(partition, inPartition[Math.floor(inPartition.length / 3)]!.offset);
        }
        const store = new CheckpointStore(from);
        const report = await log.consumer(group(), { batchSize: 4 }).consumeUntilCaughtUp(store.handler());

        const wanted = expected.filter((record) => record.offset >= (from.get(record.partition) ?? 0));
        expect(sortByPosition(store.folded)).toEqual(sortByPosition(wanted));
        expect(store.calls.filter((c) => c.startsWith('assigned')).flatMap((c) => c.slice(9).split(',').map(Number)).sort((a, b) => a - b)).toEqual(partitions);
        expect(store.revokedPartitions().sort((a, b) => a - b)).toEqual(partitions);
        expect(store.calls[store.calls.length - 1]).toMatch(/^revoked/);
        for (const batch of store.batches) {
          expect(batch.length).toBeGreaterThan(0);
          expect(batch.length).toBeLessThanOrEqual(4);
          expect(new Set(batch.map((r) => r.partition)).size).toBe(1);
        }
        expect(report).toEqual({ records: wanted.length, batches: store.batches.length, partitions });
        // Records of one key, in the order they were appended.
        for (const key of new Set(appended.map((r) => r.key))) {
          const values = store.folded.filter((r) => r.key === key).map((r) => r.value);
          const appendedValues = wanted.filter((r) => r.key === key).map((r) => r.value);
          expect(values).toEqual(appendedValues);
        }
        for (const partition of partitions) expect(store.offsets.get(partition)).toBe((await log.endOffsets()).get(partition));
      });

      it('resumes exactly from the stored offsets after a handler crashed mid-way: no gap, no repeat', async () => {
        const appended = records(40, 8, 'a');
        const expected = asLogRecords(appended, await log.append(appended));
        const name = group();
        const store = new CheckpointStore(new Map());
        const crash = new Error('crash after two stored batches');
        await expect(log.consumer(name, { batchSize: 5 }).consumeUntilCaughtUp(store.handler({ failAtBatch: 3, error: crash }))).rejects.toBe(crash);
        expect(store.batches).toHaveLength(2);
        expect(store.folded.length).toBe(10);

        // A new consumer of the same group, with the same durable store: it continues where the store says.
        const report = await log.consumer(name, { batchSize: 5 }).consumeUntilCaughtUp(store.handler());
        expect(report.records).toBe(expected.length - 10);
        expect(sortByPosition(store.folded)).toEqual(sortByPosition(expected));
        expect(new Set(store.folded.map((r) => `${r.partition}:${r.offset}`)).size).toBe(expected.length);
      });

      it('is caught up at once on an empty log, or when the handler is at the end, still assigning and revoking', async () => {
        const empty = new CheckpointStore(new Map());
        expect(await log.consumer(group()).consumeUntilCaughtUp(empty.handler())).toMatchObject({ records: 0, batches: 0 });
        expect(empty.revokedPartitions().sort((a, b) => a - b)).toEqual(await log.partitions());

        await log.append(records(6, 3, 'a'));
        const atEnd = new CheckpointStore(await log.endOffsets());
        expect(await log.consumer(group()).consumeUntilCaughtUp(atEnd.handler())).toMatchObject({ records: 0, batches: 0 });
        expect(atEnd.folded).toEqual([]);
      });

      it('refuses a checkpoint beyond the end with eventlog.offset_out_of_range (invalid), never skipping silently', async () => {
        await log.append(records(4, 2, 'a'));
        const beyond = new Map([...(await log.endOffsets())].map(([partition, end]) => [partition, end + 5]));
        const store = new CheckpointStore(beyond);
        const error = await log.consumer(group()).consumeUntilCaughtUp(store.handler()).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EventLogError);
        expect(error).toMatchObject({ code: 'eventlog.offset_out_of_range', kind: 'invalid' });
        expect(store.folded).toEqual([]);
      });
    });

    it('rejects an append to a closed log with eventlog.closed, an expected (unavailable) CareledgerError', async () => {
      await log.close();
      const error = await log.append(records(1, 1, 'a')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventLogError);
      expect(error).toBeInstanceOf(CareledgerError);
      expect(error).toMatchObject({ code: 'eventlog.closed', kind: 'unavailable', expected: true });
    });
  });
}

/** `count` records over `keys` distinct keys (round-robin), values tagged so every record is distinguishable. */
function records(count: number, keys: number, tag: string, keyPrefix = 'E09000001:child'): AppendRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `${keyPrefix}${i % keys}`,
    value: `${tag}-${i}:${JSON.stringify({ seq: i, tag })}`,
  }));
}

async function readAll(log: EventLog, options?: ReplayOptions): Promise<LogRecord[]> {
  const out: LogRecord[] = [];
  await log.replay(async (batch) => {
    out.push(...batch);
  }, options);
  return out;
}

function asLogRecords(appended: readonly AppendRecord[], positions: readonly LogPosition[]): LogRecord[] {
  expect(positions).toHaveLength(appended.length);
  return appended.map((record, i) => ({ ...positions[i]!, key: record.key, value: record.value }));
}

function sortByPosition(records: readonly LogRecord[]): LogRecord[] {
  return [...records]
    .map((r) => ({ partition: r.partition, offset: r.offset, key: r.key, value: r.value }))
    .sort((a, b) => a.partition - b.partition || a.offset - b.offset);
}

function groupByPartition(records: readonly LogRecord[]): Map<number, LogRecord[]> {
  const groups = new Map<number, LogRecord[]>();
  for (const record of sortByPosition(records)) {
    const group = groups.get(record.partition) ?? [];
    group.push(record);
    groups.set(record.partition, group);
  }
  return groups;
}

/** In the given order, offsets strictly increase within each partition. */
function expectIncreasingPerPartition(positions: readonly LogPosition[]): void {
  const last = new Map<number, number>();
  for (const { partition, offset } of positions) {
    const previous = last.get(partition);
    if (previous !== undefined) expect(offset, `partition ${partition}`).toBeGreaterThan(previous);
    last.set(partition, offset);
  }
}

/**
 * A handler as a real one is built: its "durable store" is this object, which keeps what was folded and the next
 * offset per partition together, updated only when a batch is stored (so a crash loses nothing it acknowledged).
 */
class CheckpointStore {
  readonly folded: LogRecord[] = [];
  readonly batches: LogRecord[][] = [];
  readonly calls: string[] = [];
  readonly offsets: Map<number, number>;

  constructor(initial: LogOffsets) {
    this.offsets = new Map(initial);
  }

  revokedPartitions(): number[] {
    return this.calls.filter((c) => c.startsWith('revoked ')).flatMap((c) => c.slice(8).split(',').filter(Boolean).map(Number));
  }

  handler(crash?: { failAtBatch: number; error: Error }): PartitionHandler<number> {
    let calls = 0;
    return {
      assigned: async (partitions) => {
        this.calls.push(`assigned ${partitions.join(',')}`);
        return new Map(partitions.filter((p) => this.offsets.has(p)).map((p) => [p, this.offsets.get(p)!]));
      },
      prepare: (_partition, records) => records.length,
      batch: async (partition, records, prepared) => {
        expect(prepared).toBe(records.length);
        calls++;
        if (crash && calls === crash.failAtBatch) throw crash.error;
        const next = this.offsets.get(partition) ?? records[0]!.offset;
        expect(records[0]!.offset, 'a batch starts at the checkpoint').toBe(next);
        expectIncreasingPerPartition(records);
        this.folded.push(...records);
        this.batches.push([...records]);
        this.offsets.set(partition, records[records.length - 1]!.offset + 1);
      },
      revoked: async (partitions) => {
        this.calls.push(`revoked ${partitions.join(',')}`);
      },
    };
  }
}
