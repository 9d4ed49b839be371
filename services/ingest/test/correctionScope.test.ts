import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChildHistory, fixtureUuid } from '@careledger/events/testing';
import type { CaseEvent } from '@careledger/events';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService, type IngestReport } from '../src';

let dir: string;
let log: EmbeddedEventLog;
let ingest: IngestService;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-corrections-'));
  log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  ingest = await IngestService.open(log, new FileDeadLetterStore(join(dir, 'dead-letter.ndjson')), undefined, { indexPath: join(dir, 'ingest-index.duckdb') });
});
afterEach(async () => {
  await ingest.close();
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

const ndjson = (events: readonly CaseEvent[]) => events.map((e) => JSON.stringify(e)).join('\n');
const refusals = (report: IngestReport) => report.rejected.map((r) => [r.line, r.errors.map((e) => `${e.field}: ${e.reason}`)]);

function inCare(childId: string) {
  const child = new ChildHistory('990', childId);
  const start = child.startCare('2023-01-05', { ls: 'C1', place: 'U6' });
  const review = child.review('2023-02-01', 'PN1');
  return { child, start, review };
}

describe('correction scope', () => {
  it("refuses a correction that targets another child's event, in the log or earlier in the batch", async () => {
    const a = inCare('A');
    const b = inCare('B');
    await ingest.ingestNdjson(ndjson(b.child.events));
    const c = inCare('C');
    a.child.retract(b.review, '2023-03-01');
    a.child.replace(c.review, '2023-03-02', { type: 'ReviewHeld', occurredAt: '2023-02-01', payload: { participation: 'PN2' } });
    const report = await ingest.ingestNdjson(ndjson([...c.child.events, ...a.child.events]));
    expect(report.appended).toBe(4);
    expect(refusals(report)).toEqual([
      [5, [`payload.targetEventId: EventRetracted targets event ${b.review.eventId} of child 990:B, not of 990:A`]],
      [6, [`payload.targetEventId: EventReplaced targets event ${c.review.eventId} of child 990:C, not of 990:A`]],
    ]);
  });

  it('refuses a correction whose target is unknown or only later in the batch', async () => {
    const a = inCare('A');
    const later = new ChildHistory('990', 'A');
    const missing = { ...a.review, eventId: fixtureUuid('never sent') };
    const early = later.retract(missing, '2023-03-01');
    const aheadOfTarget = new ChildHistory('990', 'A');
    const correction = aheadOfTarget.retract(a.review, '2023-03-01');
    const report = await ingest.ingestNdjson(ndjson([early, correction, ...a.child.events]));
    expect(report.appended).toBe(2);
    expect(refusals(report)).toEqual([
      [1, [`payload.targetEventId: EventRetracted targets no earlier event: ${missing.eventId} is not in the log nor earlier in this batch`]],
      [2, [`payload.targetEventId: EventRetracted targets no earlier event: ${a.review.eventId} is not in the log nor earlier in this batch`]],
    ]);
  });

  it('refuses retracting a retraction and replacing a correction; accepts retracting a replacement', async () => {
    const a = inCare('A');
    const retraction = a.child.retract(a.review, '2023-03-01');
    const replacement = a.child.replace(a.start, '2023-03-02', { type: 'PeriodOfCareStarted', occurredAt: '2023-01-04', payload: { legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U6' } });
    await ingest.ingestNdjson(ndjson(a.child.events));
    const more = new ChildHistory('990', 'A');
    more.retract(retraction, '2023-04-01');
    more.replace(replacement, '2023-04-02', { type: 'PeriodOfCareStarted', occurredAt: '2023-01-03', payload: { legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U6' } });
    more.replace(retraction, '2023-04-03', { type: 'ReviewHeld', occurredAt: '2023-02-01', payload: { participation: 'PN3' } });
    const undo = more.retract(replacement, '2023-04-04');
    const report = await ingest.ingestNdjson(ndjson(more.events));
    expect(report.appended).toBe(1);
    expect(refusals(report)).toEqual([
      [1, [`payload.targetEventId: EventRetracted targets ${retraction.eventId}, itself a retraction: record the withdrawn fact again instead`]],
      [2, [`payload.targetEventId: EventReplaced targets ${replacement.eventId}, itself a correction (EventReplaced): replace the original fact instead`]],
      [3, [`payload.targetEventId: EventReplaced targets ${retraction.eventId}, itself a correction (EventRetracted): replace the original fact instead`]],
    ]);
    expect(report.rejected.map((r) => r.eventId)).not.toContain(undo.eventId);
  });

  it('accepts corrections of the same child, whether the target is in the log (after a restart) or earlier in the batch', async () => {
    const a = inCare('A');
    await ingest.ingestNdjson(ndjson(a.child.events));
    await ingest.close();
    ingest = await IngestService.open(log, new FileDeadLetterStore(join(dir, 'dead-letter.ndjson')), undefined, { indexPath: join(dir, 'ingest-index.duckdb') });
    const more = new ChildHistory('990', 'A');
    const review = more.review('2023-03-01', 'PN2');
    more.retract(review, '2023-03-02');
    more.replace(a.review, '2023-03-03', { type: 'ReviewHeld', occurredAt: '2023-02-01', payload: { participation: 'PN5' } });
    const report = await ingest.ingestNdjson(ndjson(more.events));
    expect(report).toMatchObject({ appended: 3, duplicates: 0, rejected: [] });
  });
});
