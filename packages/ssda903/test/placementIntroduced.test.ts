import { describe, expect, it } from 'vitest';
import { collectionYear, placementCodeForYear } from '../src';

describe('a placement code newer than the year\'s 903', () => {
  it('writes K3 (registered supported accommodation, from 28 October 2023) as H5 in 2023-24, whose list has no K3', () => {
    expect(placementCodeForYear('K3', collectionYear(2024))).toBe('H5');
    expect(placementCodeForYear('K3', collectionYear(2025))).toBe('K3');
    expect(placementCodeForYear('K3', collectionYear(2026))).toBe('K3');
  });
});
