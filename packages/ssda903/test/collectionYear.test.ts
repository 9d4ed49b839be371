import { describe, expect, it } from 'vitest';
import { checkCode, collectionYear, collectionYearContaining, latestCompleteCollectionYear, parseCollectionYear, placementCodeForYear, sexCodeForYear } from '../src';

describe('collection years', () => {
  it('run from 1 April to 31 March and are named by their end', () => {
    expect(collectionYear(2026)).toEqual({ endYear: 2026, start: '2025-04-01', end: '2026-03-31', label: '2025-26' });
    expect(collectionYearContaining('2026-03-31').endYear).toBe(2026);
    expect(collectionYearContaining('2026-04-01').endYear).toBe(2027);
    expect(latestCompleteCollectionYear('2026-11-30').label).toBe('2025-26');
    expect(latestCompleteCollectionYear('2026-03-31').label).toBe('2024-25');
    expect(parseCollectionYear('2025-26')?.endYear).toBe(2026);
    expect(parseCollectionYear('2025-27')).toBeUndefined();
  });

  it('code sex and carried-over placements as the year\'s 903 does', () => {
    expect(sexCodeForYear('F', collectionYear(2024))).toBe('2');
    expect(sexCodeForYear('1', collectionYear(2025))).toBe('M');
    expect(placementCodeForYear('H5', collectionYear(2024))).toBe('H5');
    expect(placementCodeForYear('H5', collectionYear(2025))).toBe('K3');
    expect(checkCode('reasonEpisodeCeased', 'E43', '2024-01-01').ok).toBe(false);
  });
});
