import { describe, expect, it } from 'vitest';
import { validateCaseEvent } from '../src';
import { ChildHistory } from '../src/testing';

function start(on: string, placementType: string) {
  const child = new ChildHistory('990', 'V1');
  return child.startCare(on, { ls: 'C1', place: placementType });
}

function details(on: string, sex: string) {
  const child = new ChildHistory('990', 'V2');
  return child.details({ dob: '2010-01-01', sex }, on);
}

const errorsOf = (event: unknown) => {
  const result = validateCaseEvent(event);
  return result.ok ? [] : result.errors;
};

describe('903 codes are checked against the code list in force on the date of the fact', () => {
  it('accepts placement P2 up to 27 October 2023 and refuses it from 28 October 2023', () => {
    expect(errorsOf(start('2023-10-27', 'P2'))).toEqual([]);
    expect(errorsOf(start('2023-10-28', 'P2'))).toEqual([
      { field: 'payload.placementType', reason: "placementType code 'P2' is not valid after 2023-10-27 (date given: 2023-10-28)" },
    ]);
  });

  it('accepts K3 only from 28 October 2023, and Z11-Z14 only from 2025-26', () => {
    expect(errorsOf(start('2023-10-27', 'K3'))[0]?.field).toBe('payload.placementType');
    expect(errorsOf(start('2023-10-28', 'K3'))).toEqual([]);
    expect(errorsOf(start('2025-03-31', 'Z11'))[0]?.reason).toMatch(/only valid from 2025-04-01/);
    expect(errorsOf(start('2025-04-01', 'Z1'))[0]?.reason).toMatch(/not valid after 2025-03-31/);
  });

  it('takes sex 1/2 for facts before 2024-25, M/F at any date and U from 2024-25', () => {
    expect(errorsOf(details('2024-03-31', '1'))).toEqual([]);
    expect(errorsOf(details('2024-04-01', '2'))[0]).toEqual({ field: 'payload.sex', reason: "sex code '2' is not valid after 2024-03-31 (date given: 2024-04-01)" });
    expect(errorsOf(details('2019-05-05', 'F'))).toEqual([]);
    expect(errorsOf(details('2024-03-31', 'U'))[0]?.field).toBe('payload.sex');
    expect(errorsOf(details('2024-04-01', 'U'))).toEqual([]);
  });

  it('checks a replacement against the date of the corrected fact', () => {
    const child = new ChildHistory('990', 'V3');
    const original = child.startCare('2023-01-05', { ls: 'C1', place: 'P2' });
    const replacement = child.replace(original, '2024-01-10', { type: 'PeriodOfCareStarted', occurredAt: '2023-11-01', payload: { legalStatus: 'C1', categoryOfNeed: 'N1', placementType: 'P2' } });
    expect(errorsOf(replacement)).toEqual([
      { field: 'payload.replacement.payload.placementType', reason: "placementType code 'P2' is not valid after 2023-10-27 (date given: 2023-11-01)" },
    ]);
  });

  it('names the field and reason for a missing field, a wrong type, an unknown code and a fact recorded before it happened', () => {
    const event = start('2023-06-01', 'U6') as unknown as Record<string, unknown>;
    expect(errorsOf({ ...event, laCode: 12 })).toEqual([{ field: 'laCode', reason: 'Invalid input: expected string, received number' }]);
    expect(errorsOf({ ...event, payload: { categoryOfNeed: 'N1', placementType: 'U6' } })[0]?.field).toBe('payload.legalStatus');
    expect(errorsOf({ ...event, payload: { legalStatus: 'X9', categoryOfNeed: 'N1', placementType: 'U6' } })[0]?.field).toBe('payload.legalStatus');
    expect(errorsOf({ ...event, recordedAt: '2023-05-01T09:00:00Z' })[0]).toEqual({ field: 'occurredAt', reason: "the fact's date 2023-06-01 is after it was recorded (2023-05-01T09:00:00Z)" });
    expect(errorsOf({ ...event, payload: { legalStatus: 'C1', categoryOfNeed: 'N1', placementType: 'U6', colour: 'red' } })[0]?.field).toBe('payload');
  });
});

describe('the valid-codes hint of an unknown code', () => {
  const hintOf = (on: string) => errorsOf(start(on, 'ZZ'))[0]?.reason ?? '';
  const codesIn = (reason: string) => (/: ([^)]*)\)$/.exec(reason)?.[1] ?? '').split(', ');

  it('lists only the codes valid on the fact\'s date', () => {
    const before = hintOf('2023-10-27');
    expect(before).toMatch(/^'ZZ' is not a placementType code \(valid on 2023-10-27: /);
    expect(codesIn(before)).toContain('P2');
    expect(codesIn(before)).not.toContain('K3');
    const after = codesIn(hintOf('2023-10-28'));
    expect(after).toContain('K3');
    expect(after).not.toContain('P2');
  });

  it('offers no code that the same check would refuse on that date', () => {
    for (const on of ['2019-06-01', '2023-10-28', '2024-04-01', '2025-04-01']) {
      for (const code of codesIn(hintOf(on))) expect(errorsOf(start(on, code)), `${code} on ${on}`).toEqual([]);
    }
  });
});

describe('several refusals in one event', () => {
  it('are reported codes first (legal status, need, placement), then the type\'s rules', () => {
    const event = start('2023-06-01', 'ZZ') as unknown as { payload: Record<string, unknown> };
    const bad = { ...event, payload: { ...event.payload, legalStatus: 'X9', categoryOfNeed: 'N9', placementProvider: 'PR9' } };
    expect(errorsOf(bad).map((e) => e.field)).toEqual(['payload.legalStatus', 'payload.categoryOfNeed', 'payload.placementType', 'payload.placementProvider']);
    const child = new ChildHistory('990', 'V4');
    const details = child.details({ dob: '2010-01-01', sex: 'Q', uascCeased: '2009-01-01' }, '2020-01-01');
    expect(errorsOf(details).map((e) => e.field)).toEqual(['payload.sex', 'payload.uascCeasedDate', 'payload.uascCeasedDate']);
  });
});
