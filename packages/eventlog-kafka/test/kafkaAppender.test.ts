/** The Kafka appender's pure parts: how an append is split into sends, and how positions come from the response. */
import { describe, expect, it } from 'vitest';
import { EventLogError } from '@careledger/eventlog';
import { createKeyPartitioner, planSends, positionsFromMetadata } from '../src/kafkaAppender';

const limits = { maxMessages: 4, maxBytes: 1_000, maxPartitionBytes: 628 }; // 500 bytes per partition after overhead

describe('planSends', () => {
  it('keeps input order and cuts at the record count', () => {
    expect(planSends([0, 1, 0, 1, 0, 1, 0, 1, 0], Array(9).fill(10), limits)).toEqual([
      [0, 4],
      [4, 8],
      [8, 9],
    ]);
  });

  it('cuts at the bytes of a send and at the bytes of one partition within a send', () => {
    expect(planSends([0, 1, 2, 0], [300, 300, 300, 300], limits)).toEqual([
      [0, 3],
      [3, 4],
    ]);
    expect(planSends([0, 0, 1, 0], [300, 100, 100, 200], limits)).toEqual([
      [0, 3],
      [3, 4],
    ]);
  });

  it('refuses a record too large for one record batch, naming it', () => {
    expect(() => planSends([0, 1], [10, 501], limits)).toThrow(EventLogError);
    try {
      planSends([0, 1], [10, 501], limits);
    } catch (error) {
      expect((error as EventLogError).code).toBe('eventlog.record_too_large');
      expect((error as EventLogError).context).toMatchObject({ index: 1 });
    }
  });
});

describe('positionsFromMetadata', () => {
  it('gives each record baseOffset + its index among its partition’s records in the send', () => {
    const metadata = [
      { topicName: 't', partition: 1, errorCode: 0, baseOffset: '40' },
      { topicName: 't', partition: 0, errorCode: 0, baseOffset: '7' },
    ];
    expect(positionsFromMetadata('t', [0, 1, 0, 0, 1], metadata)).toEqual([
      { partition: 0, offset: 7 },
      { partition: 1, offset: 40 },
      { partition: 0, offset: 8 },
      { partition: 0, offset: 9 },
      { partition: 1, offset: 41 },
    ]);
  });

  it('refuses a response without a partition it sent to, or with an error', () => {
    const ok = { topicName: 't', partition: 0, errorCode: 0, baseOffset: '1' };
    expect(() => positionsFromMetadata('t', [0, 1], [ok])).toThrow(/no base offset for t\/1/);
    expect(() => positionsFromMetadata('t', [0], [{ ...ok, errorCode: 6 }])).toThrow(EventLogError);
  });
});

describe('createKeyPartitioner', () => {
  it('matches the Java client (kafka-clients 3.9.1 Utils.murmur2, computed with jshell)', () => {
    const java: Array<[key: string, of6: number, of12: number]> = [
      ['E09000001:child0', 2, 2],
      ['E09000001:child1', 3, 9],
      ['E09000001:Zoë', 0, 6],
      ['E09000001:子供-7', 0, 6],
      ['a', 4, 4],
      ['E08000025:12345', 0, 6],
    ];
    const of6 = createKeyPartitioner('t', 6);
    const of12 = createKeyPartitioner('t', 12);
    for (const [key, p6, p12] of java) expect([key, of6(key), of12(key)]).toEqual([key, p6, p12]);
  });

  it('is deterministic and spreads keys over every partition', () => {
    const partitionOf = createKeyPartitioner('t', 6);
    const partitions = Array.from({ length: 200 }, (_, i) => partitionOf(`E09000001:child${i}`));
    expect(partitions).toEqual(Array.from({ length: 200 }, (_, i) => partitionOf(`E09000001:child${i}`)));
    expect(new Set(partitions)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });
});
