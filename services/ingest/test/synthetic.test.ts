import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { generateHistory, generateRegion, toNdjson } from '@careledger/synthetic';
import { FileDeadLetterStore, IngestService, describeRejection } from '../src';

let dir: string;
let log: EmbeddedEventLog;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-ingest-synthetic-'));
  log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
});
afterEach(async () => {
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the synthetic generator against the ingest rules', () => {
  it("ingests `careledger generate`'s history and a region's with nothing refused", async () => {
    const ingest = await IngestService.open(log, new FileDeadLetterStore(join(dir, 'dead-letter.ndjson')), undefined, { indexPath: join(dir, 'ingest-index.duckdb') });
    try {
      // The options `careledger generate --as-at 2026-12-01` uses.
      const demo = generateHistory({ seed: 903, childrenInCare: 350, asAt: '2026-12-01' });
      const histories = [demo, ...generateRegion({ laCount: 2, asAt: '2026-11-30' })];
      for (const history of histories) {
        const report = await ingest.ingestNdjson(toNdjson(history.events), history.laCode);
        expect(report.rejected.slice(0, 5).map(describeRejection)).toEqual([]);
        expect(report).toMatchObject({ received: history.events.length, appended: history.events.length, duplicates: 0 });
      }
    } finally {
      await ingest.close();
    }
  });
});
