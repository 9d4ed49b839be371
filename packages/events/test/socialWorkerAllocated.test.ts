import { describe, expect, it } from 'vitest';
import { checkChronology, learnFrom, type CaseEvent, type KnownChild } from '../src';
import { ChildHistory } from '../src/testing';

describe('a social worker allocated', () => {
  it('may come before care begins (the 903 wants the whole year, looked after or not), never before birth', () => {
    const child = new ChildHistory('990', 'W1');
    child.details({ dob: '2024-02-01' });
    const known = child.events.reduce<KnownChild | undefined>((k, e) => learnFrom(e, k), undefined);
    const beforeCare = child.record('SocialWorkerAllocated', '2025-01-10', { socialWorkerId: 'SW0042', reason: 'TSPROC' });
    expect(checkChronology(beforeCare, known)).toEqual([]);
    expect(checkChronology(child.record('SocialWorkerAllocated', '2024-01-31', { socialWorkerId: 'SW0042' }), known)).toEqual([
      { rule: 'chronology', field: 'occurredAt', reason: 'SocialWorkerAllocated on 2024-01-31 is before the child\'s date of birth 2024-02-01' },
    ]);
    // Nor is it care: the child's earliest care date stays unknown.
    const afterAllocation = learnFrom(beforeCare as CaseEvent, known);
    expect(afterAllocation?.earliestCareDate).toBeUndefined();
  });
});
