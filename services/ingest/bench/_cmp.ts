import { rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { EmbeddedEventLog } from '@careledger/eventlog';
import { IngestService as New } from '../src';
import { IngestService as Old } from './_old/ingestService';
import { generateRegion, toNdjson } from '@careledger/synthetic';
const region = generateRegion({ laCount: 4, asAt: '2026-11-30' });
const texts = region.map((h) => toNdjson(h.events));
for (const [name, S] of [['old', Old], ['new', New], ['old', Old], ['new', New]] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'h5cmp-'));
  const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  const ingest = await (S as typeof New).open(log, { put: async () => {} });
  const t = performance.now();
  let n = 0;
  for (const text of texts) n += (await ingest.ingestNdjson(text)).appended;
  console.log(name, n, ((performance.now() - t) / 1000).toFixed(2));
  await log.close(); rmSync(dir, { recursive: true, force: true });
}
