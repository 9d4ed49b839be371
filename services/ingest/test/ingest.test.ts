import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    const missingField = { ...good[2]!, eventId: '1c9d6d2e-8a63-4b1a-9a59-0f1e2d3c4b5a', payload: {} };
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
      [5, missingField.eventId, ['payload.participation']],
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
    expect(report.rejected[0]!.errors).toEqual([{ field: 'occurredAt', reason: "ReviewHeld on 2011-01-01 is before the child's date of birth 2012-03-04" }]);
  });
});
