import { describe, expect, it } from 'vitest';
import { eventLogContract } from '../src/contract';
import { InMemoryEventLog, partitionOfKey } from '../src';

eventLogContract('in-memory', {
  async create() {
    const log = new InMemoryEventLog({ partitions: 3 });
    return {
      log,
      reopen: async () => new InMemoryEventLog({ storage: log.storage }),
      cleanup: () => log.close(),
    };
  },
});

describe('InMemoryEventLog', () => {
  it('spreads keys over every partition, always the same partition for a key', () => {
    const partitions = new Set(Array.from({ length: 200 }, (_, i) => partitionOfKey(`990:C${i}`, 4)));
    expect([...partitions].sort()).toEqual([0, 1, 2, 3]);
    expect(partitionOfKey('990:C1', 4)).toBe(partitionOfKey('990:C1', 4));
  });

  it('refuses an append with a non-string value before storing any of it', async () => {
    const log = new InMemoryEventLog({ partitions: 2 });
    const bad = [{ key: 'a', value: 'ok' }, { key: 'b', value: 7 as unknown as string }];
    await expect(log.append(bad)).rejects.toMatchObject({ code: 'eventlog.invalid_record', kind: 'invalid' });
    expect([...(await log.endOffsets()).values()]).toEqual([0, 0]);
  });
});
