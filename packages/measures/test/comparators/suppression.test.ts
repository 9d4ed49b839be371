import { describe, expect, it } from 'vitest';
import { suppressBreakdowns, suppressCount, suppressSmallNumbers } from '../../src';

describe('small-number suppression, as DfE does on what is published', () => {
  it('shows a count of 1 to 5 as c, and 0 and 6 as they are', () => {
    expect([0, 1, 5, 6].map((n) => suppressCount(n))).toEqual([0, 'c', 'c', 6]);
    expect(suppressSmallNumbers({ unit: 'count', value: 4, numerator: 4 })).toEqual({ value: 'c', numerator: 'c', suppressed: true, reason: 'a count of 1 to 5 is suppressed' });
    expect(suppressSmallNumbers({ unit: 'count', value: 0, numerator: 0 })).toEqual({ value: 0, numerator: 0, suppressed: false });
    expect(suppressSmallNumbers({ unit: 'count', value: 6, numerator: 6 }).suppressed).toBe(false);
  });

  it('suppresses a percentage, mean days or mean score when its numerator or denominator is 1 to 5', () => {
    // 3 of 40 (8%): the numerator is small.
    expect(suppressSmallNumbers({ unit: 'percent', value: 8, numerator: 3, denominator: 40 })).toEqual({ value: 'c', numerator: 'c', denominator: 'c', suppressed: true, reason: 'its numerator is 1 to 5' });
    // 0 of 4 (0%): the denominator is small, though the numerator is 0.
    expect(suppressSmallNumbers({ unit: 'percent', value: 0, numerator: 0, denominator: 4 }).reason).toBe('its denominator is 1 to 5');
    expect(suppressSmallNumbers({ unit: 'percent', value: 75, numerator: 3, denominator: 4 }).reason).toBe('its numerator and denominator are 1 to 5');
    // 6 of 6 and 0 of 6 are shown; no denominator at all (null) has nothing to hide.
    expect(suppressSmallNumbers({ unit: 'percent', value: 100, numerator: 6, denominator: 6 }).suppressed).toBe(false);
    expect(suppressSmallNumbers({ unit: 'percent', value: 0, numerator: 0, denominator: 6 }).suppressed).toBe(false);
    expect(suppressSmallNumbers({ unit: 'percent', value: null, numerator: 0, denominator: 0 })).toEqual({ value: null, numerator: 0, denominator: 0, suppressed: false });
    // A1-style mean days over 5 adopted children.
    expect(suppressSmallNumbers({ unit: 'days', value: 412, numerator: 5, denominator: 5 }).value).toBe('c');
    expect(suppressSmallNumbers({ unit: 'mean', value: 14.2, numerator: 30, denominator: 31 }).value).toBe(14.2);
  });

  it('suppresses a rate with its count, and shows its population', () => {
    // City of London 2025: its count is c, and so its rate.
    expect(suppressSmallNumbers({ unit: 'ratePer10000', value: 47, numerator: 4, denominator: 847 })).toEqual({ value: 'c', numerator: 'c', denominator: 847, suppressed: true, reason: 'the count the rate is of is 1 to 5' });
    expect(suppressSmallNumbers({ unit: 'ratePer10000', value: 63, numerator: 477, denominator: 76100 }).suppressed).toBe(false);
  });

  it('can be turned off for internal use', () => {
    expect(suppressSmallNumbers({ unit: 'percent', value: 75, numerator: 3, denominator: 4 }, { suppress: false })).toEqual({ value: 75, numerator: 3, denominator: 4, suppressed: false });
    expect(suppressCount(3, false)).toBe(3);
  });

  it('suppresses each breakdown cell on its own (no secondary suppression)', () => {
    // 14 children by legal status: C2 9, E1 3, V2 2. Each small cell is c; the total minus the 9 still reveals
    // that the other two sum to 5: secondary suppression is out of scope, and the function says so.
    expect(suppressBreakdowns({ ls: { C2: 9, E1: 3, V2: 2 }, uasc: { false: 14 } })).toEqual({ ls: { C2: 9, E1: 'c', V2: 'c' }, uasc: { false: 14 } });
    expect(suppressBreakdowns({ ls: { E1: 3 } }, { suppress: false })).toEqual({ ls: { E1: 3 } });
  });
});
