import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RejectedRecord } from '@careledger/events';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { IngestService, type DeadLetterRecord, type DeadLetterStore } from '../src';

/** A store that keeps whatever it is given, as the Kafka topic does: deduplicating is ingest's job. */
class KeepingEverything implements DeadLetterStore {
  readonly stored: DeadLetterRecord[] = [];
  async put(records: readonly DeadLetterRecord[]): Promise<void> {
    this.stored.push(...records);
  }
}

describe('refusals made outside ingest (a 903 row that never became an event)', () => {
  it('are kept once, however often they are refused again, in a store that does not deduplicate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careledger-keep-refusals-'));
    const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
    const store = new KeepingEverything();
    const ingest = await IngestService.open(log, store, undefined, { indexPath: join(dir, 'index.duckdb') });
    try {
      const row = (line: number, reason: string): RejectedRecord => ({ line, eventId: undefined, raw: `episodes.csv:${line}`, errors: [{ field: 'DECOM', reason }] });
      const context = { batchId: 'import903:2025:990', source: 'import903:2025' };
      await ingest.keepRefusals([row(3, 'is not a day of the calendar'), row(5, 'child C is not in the Header')], context);
      await ingest.keepRefusals([row(3, 'is not a day of the calendar'), row(5, 'child C is not in the Header')], context);
      // The same row refused for another reason is another letter.
      await ingest.keepRefusals([row(3, 'has a two-digit year')], context);
      expect(store.stored.map((r) => `${r.raw} ${r.errors[0]!.reason}`)).toEqual([
        'episodes.csv:3 is not a day of the calendar', 'episodes.csv:5 child C is not in the Header', 'episodes.csv:3 has a two-digit year',
      ]);
    } finally {
      await ingest.close();
      await log.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
