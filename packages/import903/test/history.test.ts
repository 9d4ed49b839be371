import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, childKey, encodeEvent, validateCaseEvent, type CaseEvent } from '@careledger/events';
import { InMemoryEventLog, type EventLog } from '@careledger/eventlog';
import { EmbeddedEventLog } from '@careledger/eventlog-embedded';
import { importEventId, readImportedHistory } from '../src';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'careledger-import903-history-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function event(raw: Record<string, unknown>): CaseEvent {
  const result = validateCaseEvent({ schemaVersion: SCHEMA_VERSION, recordedAt: '2024-06-30T12:00:00.000Z', ...raw });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.event;
}

const detailsOfA = { sex: 'M', dateOfBirth: '2012-05-10', ethnicity: 'WBRI', upn: 'UN3', uasc: false };
const importedA = event({
  eventId: importEventId('990', 'A', 'details'), laCode: '990', childId: 'A', occurredAt: '2012-05-10', source: 'import903:2024',
  type: 'ChildDetailsRecorded', payload: detailsOfA,
});
const caseSystemMove = event({
  eventId: '6f1c1a52-58a2-4b8e-9a53-3d2d6c1f0a01', laCode: '990', childId: 'A', occurredAt: '2024-02-01', source: 'case-system',
  type: 'PlacementChanged', payload: { placementType: 'U4', sameCarer: false },
});
// A correction by the case system of an imported fact counts, whoever sent it.
const caseSystemCorrection = event({
  eventId: '6f1c1a52-58a2-4b8e-9a53-3d2d6c1f0a02', laCode: '990', childId: 'A', occurredAt: '2024-03-01', source: 'case-system',
  type: 'EventReplaced',
  payload: { targetEventId: importedA.eventId, reason: 'ethnicity recorded wrongly', replacement: { type: 'ChildDetailsRecorded', occurredAt: '2012-05-10', payload: { ...detailsOfA, ethnicity: 'WIRI' } } },
});
const otherLa = event({
  eventId: importEventId('991', 'A', 'details'), laCode: '991', childId: 'A', occurredAt: '2012-05-10', source: 'import903:2024',
  type: 'ChildDetailsRecorded', payload: detailsOfA,
});
const importedB = event({
  eventId: importEventId('990', 'B', 'details'), laCode: '990', childId: 'B', occurredAt: '2009-02-14', source: 'import903:2025', recordedAt: '2025-06-30T12:00:00.000Z',
  type: 'ChildDetailsRecorded', payload: { sex: 'F', dateOfBirth: '2009-02-14', ethnicity: 'BAFR', upn: 'UN2', uasc: true },
});
// An import's retraction of an event no import wrote changes nothing.
const strayRetraction = event({
  eventId: '6f1c1a52-58a2-4b8e-9a53-3d2d6c1f0a03', laCode: '990', childId: 'A', occurredAt: '2025-03-31', source: 'import903:2025', recordedAt: '2025-06-30T12:00:00.000Z',
  type: 'EventRetracted', payload: { targetEventId: caseSystemMove.eventId, reason: 'not in the 2025 return' },
});

/** The records as the log holds them: B's import written by another encoder (spaced JSON), not in canonical form. */
const records = [importedA, caseSystemMove, caseSystemCorrection, otherLa, importedB, strayRetraction].map((e) => ({
  key: childKey(e.laCode, e.childId),
  value: e === importedB ? JSON.stringify(e, null, 1) : encodeEvent(e),
}));

async function historyOf(log: EventLog) {
  await log.append(records);
  try {
    return [...(await readImportedHistory(log, '990')).values()];
  } finally {
    await log.close();
  }
}

describe('reading what earlier imports recorded', () => {
  const expected = [
    { eventId: importedA.eventId, childId: 'A', year: 2024, fact: { type: 'ChildDetailsRecorded', occurredAt: '2012-05-10', payload: { ...detailsOfA, ethnicity: 'WIRI' } } },
    { eventId: importedB.eventId, childId: 'B', year: 2025, fact: { type: 'ChildDetailsRecorded', occurredAt: '2009-02-14', payload: importedB.payload } },
  ];

  it('keeps the LA\'s imported facts as corrected, from the embedded log (parsed as ingest validated it)', async () => {
    expect(await historyOf(await EmbeddedEventLog.open({ directory: join(dir, 'log') }))).toEqual(expected);
  });

  it('reads the same from a log others may write to (every record decoded in full)', async () => {
    expect(await historyOf(new InMemoryEventLog())).toEqual(expected);
  });
});
