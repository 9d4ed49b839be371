import { describe, expect, it } from 'vitest';
import { validateCaseEvent } from '@careledger/events';
import { generateRegion, regionLaCode } from '../src/index';
import { replay } from './check';

describe('generateRegion', () => {
  const asAt = '2025-03-31';
  const region = generateRegion({ seed: 7, laCount: 3, childrenInCarePerLa: 40, historyYears: 3, asAt });

  it('gives each LA a distinct code, name, children and population file', () => {
    expect(region.map((la) => la.laCode)).toEqual(['901', '902', '903']);
    expect(new Set(region.map((la) => la.laName)).size).toBe(3);
    for (const la of region) {
      expect(la.events.every((e) => e.laCode === la.laCode)).toBe(true);
      expect(la.populationCsv.split('\n')[1]).toContain(`,${la.laCode},E06${la.laCode}${la.laCode},${la.laName},`);
    }
    expect(toSet(region[0]!.events.map((e) => e.eventId)).size + toSet(region[1]!.events.map((e) => e.eventId)).size)
      .toBe(toSet([...region[0]!.events, ...region[1]!.events].map((e) => e.eventId)).size);
  });

  it('keeps every LA valid and consistent', () => {
    for (const la of region) {
      expect(la.events.filter((e) => !validateCaseEvent(e).ok)).toEqual([]);
      expect(replay(la.events, asAt).problems).toEqual([]);
    }
  });

  it('numbers LAs 901-999, then 801-899', () => {
    expect(regionLaCode(0)).toBe('901');
    expect(regionLaCode(98)).toBe('999');
    expect(regionLaCode(99)).toBe('801');
  });
});

function toSet<T>(items: T[]): Set<T> {
  return new Set(items);
}
