import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '@careledger/runtime';
import { openTestAccess, type TestAccess } from '@careledger/access/testing';
import { ChildHistory } from '@careledger/events/testing';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService, ingestRoutes } from '@careledger/ingest';
import { ProjectionStore } from '@careledger/projections';
import { Projector } from '@careledger/projector';
import { returnsRoutes } from '@careledger/returns';

let dir: string;
let log: EmbeddedEventLog;
let store: ProjectionStore;
let server: RunningHttpServer;
let access: TestAccess;
let headers: { authorization: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-http-'));
  log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  store = await ProjectionStore.open({ path: join(dir, 'p.duckdb') });
  const ingest = await IngestService.open(log, new FileDeadLetterStore(join(dir, 'dead.ndjson')));
  access = await openTestAccess(dir);
  headers = await access.headers(['990'], ['ingest', 'read', 'child']);
  server = await startHttpServer([
    ...ingestRoutes(ingest),
    ...returnsRoutes({ withStore: async (work) => { await new Projector(log, store).catchUp(); return work(store); }, population: [{ laCode: '990', midYear: 2025, estimate: 5000 }] }),
  ], { guard: access.guard });
});
afterAll(async () => {
  await server.close();
  await access.close();
  store.close();
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTTP: POST /events, GET /returns', () => {
  it('takes NDJSON, refuses the bad line with its reason, and serves the return computed from it', async () => {
    const child = new ChildHistory('990', 'H1');
    child.details({ dob: '2012-02-02', sex: 'F', isMother: false }, '2024-05-01');
    child.startCare('2024-05-01', { ls: 'C1', place: 'U6' });
    const body = `${child.events.map((e) => JSON.stringify(e)).join('\n')}\n{"type":"ReviewHeld"}\n`;
    const posted = await fetch(`${server.url}/events?source=case-system`, { method: 'POST', body, headers });
    expect(posted.status).toBe(207);
    const report = await posted.json() as { appended: number; rejected: { line: number; errors: { field: string }[] }[] };
    expect(report.appended).toBe(2);
    expect(report.rejected[0]).toMatchObject({ line: 3 });

    // the returns service folds what was ingested before it answers
    const figures = await fetch(`${server.url}/returns/990/2025-26/figures?asAt=2026-06-01`, { headers });
    expect(figures.status).toBe(200);
    const document = await figures.json() as { collectionYear: string; figures: { id: string; value: number }[] };
    expect(document.collectionYear).toBe('2025-26');
    expect(document.figures.find((f) => f.id === 'cla_at_31_march')?.value).toBe(1);
    expect(document.figures.find((f) => f.id === 'cla_rate_per_10000')?.value).toBe(2);

    const csv = await fetch(`${server.url}/returns/990/2026/ssda903/episodes.csv?asAt=2026-06-01`, { headers });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await csv.text()).toBe('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nH1,01/05/2024,S,C1,N1,U6,,,,,,,\n');
  });

  it('answers a bad year with 400 and an unknown table with 404', async () => {
    expect((await fetch(`${server.url}/returns/990/20x6/figures`, { headers })).status).toBe(400);
    expect((await fetch(`${server.url}/returns/990/2026/ssda903/dolo.csv`, { headers })).status).toBe(404);
  });
});
