import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { EmbeddedEventLog } from '@careledger/eventlog';
import { IngestService } from '../src';
import { generateRegion, toNdjson } from '@careledger/synthetic';
const dir = mkdtempSync(join(tmpdir(), 'h5gen-'));
const log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
const ingest = await IngestService.open(log, { put: async () => {} });
let t = performance.now();
const r = await ingest.ingestNdjson(readFileSync('/tmp/h5-gen/events.ndjson', 'utf8'), 'gen');
console.log('cli gen', r.received, r.appended, r.duplicates, r.rejected.length, ((performance.now()-t)/1000).toFixed(2), r.rejected.slice(0,3).map(x=>JSON.stringify(x.errors)));
const region = generateRegion({ laCount: 6, asAt: '2026-11-30' });
t = performance.now();
let refused = 0, total = 0;
for (const h of region) { const rr = await ingest.ingestNdjson(toNdjson(h.events), h.laCode); refused += rr.rejected.length; total += rr.appended; if (rr.rejected.length) console.log(rr.rejected.slice(0,2).map(x=>JSON.stringify(x.errors))); }
console.log('region', total, refused, ((performance.now()-t)/1000).toFixed(2));
await ingest.close(); await log.close(); rmSync(dir, { recursive: true, force: true });
