import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '@careledger/runtime';
import { ChildHistory } from '@careledger/events/testing';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { FileDeadLetterStore, IngestService, describeRejection, type DeadLetter } from '../src';

let dir: string;
let log: EmbeddedEventLog;
let deadLetters: FileDeadLetterStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'careledger-ingest-'));
  log = await EmbeddedEventLog.open({ directory: join(dir, 'log') });
  deadLetters = new FileDeadLetterStore(join(dir, 'dead-letter.ndjson'));
});
afterEach(async () => {
  await log.close();
  rmSync(dir, { recursive: true, force: true });
});

const ndjson = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');

function validChild() {
  const child = new ChildHistory('990', 'K1');
  child.details({ dob: '2012-03-04', sex: 'F' }, '2023-01-01');
  child.startCare('2023-01-05', { ls: 'C1', place: 'U6' });
  child.review('2023-02-01', 'PN1');
  return child;
}

describe('ingest', () => {
  it('refuses bad lines with line, event id, field and reason, keeps them, and appends every valid line', async () => {
    const good = validChild().events;
    const unknownCode = { ...good[1]!, eventId: '0c9d6d2e-8a63-4b1a-9a59-0f1e2d3c4b5a', payload: { legalStatus: 'C9', categoryOfNeed: 'N1', placementType: 'U6' } };
    // An immunisations review must say whether they are up to date: without it the line is refused.
    const missingField = { ...good[2]!, type: 'ImmunisationsReviewed', eventId: '1c9d6d2e-8a63-4b1a-9a59-0f1e2d3c4b5a', payload: {} };
    const wrongType = { ...good[2]!, eventId: '2c9d6d2e-8a63-4b1a-9a59-0f1e2d3c4b5a', occurredAt: 20230201 };
    const bornAfterCare = new ChildHistory('990', 'K2');
    bornAfterCare.startCare('2023-01-05', { ls: 'V2', place: 'U6' });
    bornAfterCare.details({ dob: '2023-06-01' }, '2023-07-01');
    const text = ndjson([good[0], '{"eventId": "broken', good[1], unknownCode, missingField, good[2], wrongType, ...bornAfterCare.events]);

    const ingest = await IngestService.open(log, deadLetters);
    const report = await ingest.ingestNdjson(text, 'batch-1.ndjson');

    expect(report).toMatchObject({ received: 9, appended: 4, duplicates: 0 });
    expect(report.rejected.map((r) => [r.line, r.eventId, r.errors.map((e) => e.field)])).toEqual([
      [2, undefined, ['(line)']],
      [4, unknownCode.eventId, ['payload.legalStatus']],
      [5, missingField.eventId, ['payload.upToDate']],
      [7, wrongType.eventId, ['occurredAt']],
      [9, bornAfterCare.events[1]!.eventId, ['payload.dateOfBirth']],
    ]);
    expect(describeRejection(report.rejected[1]!)).toBe(
      `line 4 (event ${unknownCode.eventId}): payload.legalStatus: 'C9' is not a legalStatus code (valid on ${unknownCode.occurredAt}: C1, C2, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3)`,
    );
    expect(report.rejected[4]!.errors[0]!.reason).toBe("date of birth 2023-06-01 is after the child's care began on 2023-01-05");
    expect(report.rejected[0]!.errors[0]!.reason).toMatch(/^malformed JSON/);

    const stored = readFileSync(deadLetters.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DeadLetter);
    expect(stored.map((d) => d.line)).toEqual([2, 4, 5, 7, 9]);
    expect(stored[0]!.raw).toBe('{"eventId": "broken');
    expect(stored.every((d) => d.batchId === report.batchId && d.source === 'batch-1.ndjson')).toBe(true);

    const inLog: string[] = [];
    await log.replay(async (batch) => { inLog.push(...batch.map((r) => (JSON.parse(r.value) as { eventId: string }).eventId)); });
    expect(inLog).toEqual([good[0]!.eventId, good[1]!.eventId, good[2]!.eventId, bornAfterCare.events[0]!.eventId]);
  });

  it('is idempotent on event id: a file sent twice, even after a restart, adds nothing', async () => {
    const text = ndjson(validChild().events);
    const first = await (await IngestService.open(log, deadLetters)).ingestNdjson(text);
    expect(first).toMatchObject({ appended: 3, duplicates: 0 });
    const again = await (await IngestService.open(log, deadLetters)).ingestNdjson(`${text}\n${text}`);
    expect(again).toMatchObject({ received: 6, appended: 0, duplicates: 6 });
    expect((await log.endOffsets()).get(0)).toBe(3);
  });

  it('checks chronology against children known from earlier batches', async () => {
    const child = validChild();
    const ingest = await IngestService.open(log, deadLetters);
    await ingest.ingestNdjson(ndjson(child.events));
    const early = new ChildHistory('990', 'K1');
    early.review('2011-01-01', 'PN0');
    const restarted = await IngestService.open(log, deadLetters);
    const report = await restarted.ingestNdjson(ndjson(early.events));
    expect(report.rejected[0]!.errors).toEqual([{ rule: 'chronology', field: 'occurredAt', reason: "ReviewHeld on 2011-01-01 is before the child's date of birth 2012-03-04" }]);
  });
});

const reasons = (report: { rejected: readonly { line: number; errors: readonly { field: string; reason: string }[] }[] }) =>
  report.rejected.map((r) => [r.line, r.errors.map((e) => `${e.field}: ${e.reason}`)]);

describe('ingest: the same event id with other content is a conflict', () => {
  it('refuses an event whose id is in the log with other content, naming both; identical content stays a duplicate', async () => {
    const child = validChild();
    const review = child.events[2]!;
    await (await IngestService.open(log, deadLetters)).ingestNdjson(ndjson(child.events));
    const altered = { ...review, payload: { participation: 'PN4' } };
    const report = await (await IngestService.open(log, deadLetters)).ingestNdjson(ndjson([review, altered]));
    expect(report).toMatchObject({ received: 2, appended: 0, duplicates: 1 });
    expect(reasons(report)).toEqual([[2, [
      `eventId: conflict: event id ${review.eventId} is already in the log with other content (stored: ReviewHeld on 2023-02-01 for child 990:K1)`,
    ]]]);
    expect(report.rejected[0]!.eventId).toBe(review.eventId);
  });

  it('refuses a reused id earlier in the same batch with other content, naming its line', async () => {
    const child = validChild();
    const review = child.events[2]!;
    const altered = { ...review, source: 'another system' };
    const report = await (await IngestService.open(log, deadLetters)).ingestNdjson(ndjson([...child.events, review, altered]));
    expect(report).toMatchObject({ appended: 3, duplicates: 1 });
    expect(reasons(report)).toEqual([[5, [
      `eventId: conflict: event id ${review.eventId} is already at line 3 of this batch with other content (stored: ReviewHeld on 2023-02-01 for child 990:K1)`,
    ]]]);
  });
});

describe('ingest: care facts need a period of care', () => {
  it('refuses a move, legal status change or end of care for a child never in care or before care began', async () => {
    const never = new ChildHistory('990', 'N1');
    never.details({ dob: '2012-03-04' }, '2023-01-01');
    const move = never.move('2023-02-01', { place: 'U4' });
    const legal = never.legalStatus('2023-02-02', 'C2');
    const end = never.endCare('2023-02-03', 'E4A');
    const review = never.review('2023-02-04', 'PN1');
    const late = new ChildHistory('990', 'N2');
    late.startCare('2023-01-05', { ls: 'C1', place: 'U6' });
    const early = late.move('2023-01-01', { place: 'U4' });
    const onTheDay = late.move('2023-01-05', { place: 'U5' });
    const report = await (await IngestService.open(log, deadLetters)).ingestNdjson(ndjson([...never.events, ...late.events]));
    expect(report.appended).toBe(4);
    expect(reasons(report)).toEqual([
      [2, ['occurredAt: PlacementChanged on 2023-02-01 for a child never in care: no PeriodOfCareStarted is recorded for the child']],
      [3, ['occurredAt: LegalStatusChanged on 2023-02-02 for a child never in care: no PeriodOfCareStarted is recorded for the child']],
      [4, ['occurredAt: PeriodOfCareEnded on 2023-02-03 for a child never in care: no PeriodOfCareStarted is recorded for the child']],
      [7, ["occurredAt: PlacementChanged on 2023-01-01 is before the child's care began on 2023-01-05: no PeriodOfCareStarted on or before that date"]],
    ]);
    expect(report.rejected.map((r) => r.eventId)).toEqual([move.eventId, legal.eventId, end.eventId, early.eventId]);
    const inLog: string[] = [];
    await log.replay(async (batch) => { inLog.push(...batch.map((r) => (JSON.parse(r.value) as { eventId: string }).eventId)); });
    expect(inLog).toContain(review.eventId);
    expect(inLog).toContain(onTheDay.eventId);
  });

  it('knows the start from the log after a restart, and counts a replacement as the fact it replaces with', async () => {
    const child = new ChildHistory('990', 'R1');
    const start = child.startCare('2023-01-05', { ls: 'C1', place: 'U6' });
    await (await IngestService.open(log, deadLetters)).ingestNdjson(ndjson(child.events));
    const later = new ChildHistory('990', 'R1');
    later.move('2023-03-01', { place: 'U4' });
    // A start corrected to an earlier date makes an earlier move possible.
    later.replace(start, '2023-03-02', { type: 'PeriodOfCareStarted', occurredAt: '2022-12-01', payload: { legalStatus: 'C1', categoryOfNeed: 'N1', placementType: 'U6' } });
    later.move('2022-12-15', { place: 'U5', sameCarer: false });
    const other = new ChildHistory('990', 'R2');
    const otherStart = other.startCare('2023-01-05', { ls: 'C1', place: 'U6' });
    other.replace(otherStart, '2023-03-02', { type: 'PlacementChanged', occurredAt: '2023-01-01', payload: { placementType: 'U4', sameCarer: false } });
    const report = await (await IngestService.open(log, deadLetters)).ingestNdjson(ndjson([...later.events, ...other.events]));
    expect(report.appended).toBe(4);
    expect(reasons(report)).toEqual([[5, [
      "payload.replacement.occurredAt: PlacementChanged on 2023-01-01 is before the child's care began on 2023-01-05: no PeriodOfCareStarted on or before that date",
    ]]]);
  });
});

describe('ingest: newcomer problems', () => {
  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const report = await (await IngestService.open(log, deadLetters)).ingestNdjson(`\uFEFF${ndjson(validChild().events)}`);
    expect(report).toMatchObject({ received: 3, appended: 3, rejected: [] });
  });

  it('does not duplicate dead letters when a file is sent again, even to a new store and a new ingest', async () => {
    const text = ndjson(['{"eventId": "broken', { ...validChild().events[2]!, type: 'ImmunisationsReviewed', payload: {} }]);
    const first = await (await IngestService.open(log, deadLetters)).ingestNdjson(text);
    const again = await (await IngestService.open(log, deadLetters)).ingestNdjson(text);
    const restarted = new FileDeadLetterStore(deadLetters.path);
    const third = await (await IngestService.open(log, restarted)).ingestNdjson(`${text}\n${text}`);
    // Every send still reports its refusals...
    expect([first, again].map((r) => r.rejected.map((x) => x.line))).toEqual([[1, 2], [1, 2]]);
    expect(third.rejected.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    // ...but the store holds each refusal once, with its hash.
    const stored = readFileSync(deadLetters.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DeadLetter);
    expect(stored.map((d) => d.line)).toEqual([1, 2]);
    expect(stored.every((d) => typeof d.contentHash === 'string' && d.batchId === first.batchId)).toBe(true);
  });

  it('logs each refusal once, at info with the LA, child, event and line, not at warn', async () => {
    const logger = silentLogger.child({});
    const warn = vi.spyOn(logger, 'warn');
    const info = vi.spyOn(logger, 'info');
    const missingField = { ...validChild().events[2]!, type: 'ImmunisationsReviewed', payload: {} };
    const report = await (await IngestService.open(log, deadLetters, logger)).ingestNdjson(ndjson([missingField]), 'f.ndjson');
    expect(report.rejected).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
    const refused = info.mock.calls.filter((call) => call[1] === 'event refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]![0]).toMatchObject({ laCode: '990', childId: 'K1', eventId: missingField.eventId, line: 1 });
    expect(info.mock.calls.some((call) => call[1] === 'batch ingested')).toBe(true);
  });
});
