import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseEventSchema, childKey, upgradeRecord, decodeEvent, encodeEvent, encodeValidatedEvent, identifyEvent, SCHEMA_VERSION, streamKey, validateCaseEvent, type CaseEvent, type Upgrader } from '../src';
import { ChildHistory } from '../src/testing';

function history(): CaseEvent[] {
  const child = new ChildHistory('990', 'C1');
  child.details({ dob: '2012-03-04', sex: 'F', isMother: true, childsDob: '2028-01-01' }, '2028-02-01');
  const start = child.startCare('2023-01-05', { ls: 'C2', place: 'U4', provider: 'PR1', postcode: 'RM17', homePostcode: 'RM16' });
  child.move('2023-06-01', { place: 'K2', reason: 'CHILD', sameCarer: false });
  child.legalStatus('2023-07-01', 'C1');
  child.review('2023-08-01', 'PN1');
  child.missing('m1', '2023-09-01', '2023-09-03', 'A');
  child.replace(start, '2023-02-01', { type: 'PeriodOfCareStarted', occurredAt: '2023-01-06', payload: { legalStatus: 'C2', categoryOfNeed: 'N2', placementType: 'U4' } });
  child.retract(child.events[4]!, '2023-10-01');
  child.endCare('2023-12-01', 'E11');
  return child.events;
}

/** What ingest wrote before the codec: JSON.stringify of the zod-parsed event. */
const asIngestWroteIt = (event: CaseEvent) => JSON.stringify(caseEventSchema.parse(event));

describe('the codec', () => {
  it('round-trips every event type: decode(encode(e)) is e', () => {
    const events = history();
    expect(new Set(events.map((e) => e.type)).size).toBe(10);
    for (const event of events) {
      const decoded = decodeEvent(encodeEvent(event));
      expect(decoded).toEqual({ ok: true, event: caseEventSchema.parse(event) });
    }
  });

  it('writes the envelope first in a fixed order and the payload in schema order, whatever order it was given in', () => {
    const event = history()[1]!;
    const shuffled = { payload: { homePostcode: 'RM16', legalStatus: 'C2', placementType: 'U4', categoryOfNeed: 'N1' }, type: event.type, source: event.source, recordedAt: event.recordedAt, occurredAt: event.occurredAt, childId: event.childId, laCode: event.laCode, schemaVersion: event.schemaVersion, eventId: event.eventId } as CaseEvent;
    const text = encodeEvent(shuffled);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['eventId', 'schemaVersion', 'laCode', 'childId', 'occurredAt', 'recordedAt', 'source', 'type', 'payload']);
    expect(Object.keys((JSON.parse(text) as { payload: object }).payload)).toEqual(['placementType', 'legalStatus', 'categoryOfNeed', 'homePostcode']);
  });

  it('writes exactly the bytes ingest wrote before it, so the log it holds is read unchanged', () => {
    for (const event of history()) expect(encodeEvent(event)).toBe(asIngestWroteIt(event));
  });

  it('encodes a validated event on the fast path to exactly the canonical bytes, even when it was sent with its keys shuffled', () => {
    for (const event of history()) {
      const shuffled = Object.fromEntries(Object.entries(event).reverse());
      const decoded = decodeEvent(JSON.stringify(shuffled));
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.errors));
      expect(encodeValidatedEvent(decoded.event)).toBe(encodeEvent(event));
    }
  });

  it('identifies a record it encoded, and one ingest wrote before it, without a full parse', () => {
    for (const event of history()) {
      const expected = { eventId: event.eventId, childKey: '990:C1' };
      expect(identifyEvent(encodeEvent(event))).toEqual(expected);
      expect(identifyEvent(asIngestWroteIt(event))).toEqual(expected);
    }
    expect(identifyEvent('{"type":"ReviewHeld","eventId":"x"}')).toBeUndefined();
    expect(identifyEvent('not json')).toBeUndefined();
  });

  it('is the one home of the child key', () => {
    const event = history()[0]!;
    expect(childKey('990', 'C1')).toBe('990:C1');
    expect(streamKey(event)).toBe(childKey(event.laCode, event.childId));
  });

  it('names the field of malformed JSON: (record) by default, (line) when asked', () => {
    expect(decodeEvent('{"eventId": "broken')).toMatchObject({ ok: false, eventId: undefined, errors: [{ field: '(record)' }] });
    const line = decodeEvent('{', { unit: '(line)' });
    expect(line.ok ? [] : line.errors.map((e) => [e.field, e.reason.startsWith('malformed JSON: ')])).toEqual([['(line)', true]]);
  });

  it('refuses a schemaVersion newer than it knows, naming the version', () => {
    const review = history()[4]!;
    const raw = { ...(JSON.parse(encodeEvent(review)) as object), schemaVersion: SCHEMA_VERSION + 1 };
    const result = validateCaseEvent(raw);
    expect(result).toEqual({
      ok: false,
      eventId: review.eventId,
      errors: [{ field: 'schemaVersion', reason: `schemaVersion ${SCHEMA_VERSION + 1} is newer than this careledger reads (${SCHEMA_VERSION}): upgrade careledger before sending it` }],
    });
    const decoded = decodeEvent(JSON.stringify(raw));
    expect(decoded.ok ? '' : decoded.errors[0]!.reason).toMatch(new RegExp(`schemaVersion ${SCHEMA_VERSION + 1} is newer`));
  });

  it('refuses a version it has no upgrader for, and leaves a missing version to validation', () => {
    const raw = JSON.parse(encodeEvent(history()[4]!)) as Record<string, unknown>;
    const old = validateCaseEvent({ ...raw, schemaVersion: 0 });
    expect(old.ok ? [] : old.errors).toEqual([{ field: 'schemaVersion', reason: `schemaVersion 0 is not a version careledger reads (it reads ${SCHEMA_VERSION})` }]);
    const { schemaVersion: _dropped, ...unversioned } = raw;
    const missing = validateCaseEvent(unversioned);
    expect(missing.ok ? [] : missing.errors.map((e) => e.field)).toEqual(['schemaVersion']);
  });

  it('upgrades an older schemaVersion through the upgraders it is given, before validation', () => {
    // A made-up version 0 in which the review's participation was called `code` and the LA was a number.
    const upgraders: Upgrader[] = [{
      from: 0,
      upgrade: (record) => {
        const payload = record.payload as { code?: string };
        return { ...record, laCode: String(record.laCode), payload: { participation: payload.code } };
      },
    }];
    const current = history()[4]! as Extract<CaseEvent, { type: 'ReviewHeld' }>;
    const v0 = { ...current, schemaVersion: 0, laCode: 990, payload: { code: current.payload.participation } };
    expect(validateCaseEvent(v0).ok).toBe(false);
    expect(validateCaseEvent(v0, { upgraders })).toEqual({ ok: true, event: current });
    expect(decodeEvent(JSON.stringify(v0), { upgraders })).toEqual({ ok: true, event: current });
    // The upgraded record is validated as any other: an upgrader cannot smuggle in an invalid code.
    const badCode = { ...v0, payload: { code: 'PN9' } };
    const refused = validateCaseEvent(badCode, { upgraders });
    expect(refused.ok ? [] : refused.errors.map((e) => e.field)).toEqual(['payload.participation']);
    expect(v0.payload, 'upgraders work on copies').toEqual({ code: current.payload.participation });
  });

  it('chains upgraders one version at a time', () => {
    const seen: number[] = [];
    const step = (from: number): Upgrader => ({ from, upgrade: (r) => { seen.push(r.schemaVersion as number); return { ...r, steps: [...(r.steps as number[]), from] }; } });
    const result = upgradeRecord({ schemaVersion: 1, steps: [] }, [step(2), step(1), step(3)], 4);
    expect(result).toEqual({ ok: true, record: { schemaVersion: 4, steps: [1, 2, 3] } });
    expect(seen).toEqual([1, 2, 3]);
    expect(upgradeRecord({ schemaVersion: 1, steps: [] }, [step(1), step(3)], 4)).toEqual({ ok: false, errors: [{ field: 'schemaVersion', reason: 'schemaVersion 1 is not a version careledger reads (it reads 3 to 4)' }] });
  });

  it('keeps the current version a literal in the event type and schema', () => {
    const version: 1 = history()[0]!.schemaVersion;
    expect(version).toBe(SCHEMA_VERSION);
    expect(z.toJSONSchema(caseEventSchema.options[0]!.shape.schemaVersion)).toMatchObject({ const: SCHEMA_VERSION });
  });
});
