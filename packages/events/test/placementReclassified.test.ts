import { describe, expect, it } from 'vitest';
import { checkChronology, learnFrom, validateCaseEvent, type CaseEvent, type KnownChild } from '../src';
import { ChildHistory } from '../src/testing';

const errorsOf = (event: unknown) => {
  const result = validateCaseEvent(event);
  return result.ok ? [] : result.errors;
};

function reclassify(on: string, place: string) {
  return new ChildHistory('990', 'R1').record('PlacementReclassified', on, { place });
}

describe('a placement reclassified under a new 903 code', () => {
  it('is coded against the placement types in force on its date', () => {
    expect(errorsOf(reclassify('2025-04-01', 'Z12'))).toEqual([]);
    expect(errorsOf(reclassify('2025-03-31', 'Z12'))).toEqual([
      { field: 'payload.placementType', reason: "placementType code 'Z12' is only valid from 2025-04-01, not on 2025-03-31" },
    ]);
    expect(errorsOf(reclassify('2025-04-01', 'Z1'))[0]?.reason).toMatch(/not valid after 2025-03-31/);
    expect(errorsOf({ ...reclassify('2025-04-01', 'Z12'), payload: { placementType: 'Z12', urn: 'SC123456' } })[0]?.field).toBe('payload');
  });

  it('needs a period of care started on or before its date', () => {
    const child = new ChildHistory('990', 'R2');
    const known = child.events.reduce<KnownChild | undefined>((k, e) => learnFrom(e, k), undefined);
    const before = child.record('PlacementReclassified', '2025-05-01', { place: 'Z12' });
    expect(checkChronology(before, known)).toEqual([
      { rule: 'chronology', field: 'occurredAt', reason: 'PlacementReclassified on 2025-05-01 for a child never in care: no PeriodOfCareStarted is recorded for the child' },
    ]);
    const started = learnFrom(child.startCare('2025-06-01', { ls: 'C1', place: 'Z12' }) as CaseEvent, known);
    expect(checkChronology(before, started)[0]?.reason).toBe('PlacementReclassified on 2025-05-01 is before the child\'s care began on 2025-06-01: no PeriodOfCareStarted on or before that date');
    expect(checkChronology(child.record('PlacementReclassified', '2025-06-02', { place: 'Z13' }), started)).toEqual([]);
  });
});
