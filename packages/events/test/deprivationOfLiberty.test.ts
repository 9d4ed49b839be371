import { describe, expect, it } from 'vitest';
import { checkChronology, learnFrom, validateCaseEvent, type CaseEvent, type KnownChild } from '../src';
import { ChildHistory } from '../src/testing';

const errorsOf = (event: unknown) => {
  const result = validateCaseEvent(event);
  return result.ok ? [] : result.errors;
};

describe('a deprivation of liberty order', () => {
  it('is made and ended as two facts paired by the order id', () => {
    const child = new ChildHistory('990', 'L1');
    const made = child.record('DeprivationOfLibertyOrderMade', '2026-06-01', { id: 'dolo-1' });
    const ended = child.record('DeprivationOfLibertyOrderEnded', '2026-09-30', { id: 'dolo-1' });
    expect(errorsOf(made)).toEqual([]);
    expect(errorsOf(ended)).toEqual([]);
    expect(made.payload).toEqual({ orderId: 'dolo-1' });
  });

  it('names the field and reason for a missing, blank or extra payload field', () => {
    const child = new ChildHistory('990', 'L2');
    const made = child.record('DeprivationOfLibertyOrderMade', '2026-06-01', { id: 'dolo-1' }) as unknown as Record<string, unknown>;
    expect(errorsOf({ ...made, payload: {} })).toEqual([{ field: 'payload.orderId', reason: 'Invalid input: expected string, received undefined' }]);
    expect(errorsOf({ ...made, payload: { orderId: '' } })).toEqual([{ field: 'payload.orderId', reason: 'Too small: expected string to have >=1 characters' }]);
    expect(errorsOf({ ...made, payload: { orderId: 'dolo-1', endDate: '2026-09-30' } })).toEqual([{ field: 'payload', reason: 'Unrecognized key: "endDate"' }]);
  });

  it('needs the child in care by its date, and after birth: the 903 returns orders within care (rule 707)', () => {
    const child = new ChildHistory('990', 'L3');
    child.details({ dob: '2012-02-01' }, '2026-03-01');
    const beforeCare = child.record('DeprivationOfLibertyOrderMade', '2026-02-01', { id: 'dolo-0' });
    const details = child.events.reduce<KnownChild | undefined>((k, e) => learnFrom(e, k), undefined);
    expect(checkChronology(beforeCare, details)).toEqual([
      { rule: 'chronology', field: 'occurredAt', reason: 'DeprivationOfLibertyOrderMade on 2026-02-01 for a child never in care: no PeriodOfCareStarted is recorded for the child' },
    ]);
    child.startCare('2026-03-01', { ls: 'C2', place: 'K2' });
    const known = child.events.reduce<KnownChild | undefined>((k, e) => learnFrom(e, k), undefined);
    expect(checkChronology(beforeCare, known)).toEqual([
      { rule: 'chronology', field: 'occurredAt', reason: 'DeprivationOfLibertyOrderMade on 2026-02-01 is before the child\'s care began on 2026-03-01: no PeriodOfCareStarted on or before that date' },
    ]);
    expect(checkChronology(child.record('DeprivationOfLibertyOrderMade', '2026-03-01', { id: 'dolo-1' }), known)).toEqual([]);
    expect(checkChronology(child.record('DeprivationOfLibertyOrderEnded', '2026-09-30', { id: 'dolo-1' }), known)).toEqual([]);
    const unborn = { ...known, dateOfBirth: '2026-04-01' } as KnownChild;
    expect(checkChronology(child.record('DeprivationOfLibertyOrderMade', '2026-03-15', { id: 'dolo-2' }) as CaseEvent, unborn)[0]).toEqual(
      { rule: 'chronology', field: 'occurredAt', reason: 'DeprivationOfLibertyOrderMade on 2026-03-15 is before the child\'s date of birth 2026-04-01' },
    );
  });
});
