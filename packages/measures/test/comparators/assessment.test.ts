import { describe, expect, it } from 'vitest';
import { broadlySameThreshold, directionOf, gapTo, ragOf, type MeasureTarget } from '../../src';

const target = (t: Omit<MeasureTarget, 'measureId'>): MeasureTarget => ({ measureId: 'm', ...t });

describe('RAG against the council\'s target', () => {
  it('high is good: green at or above the target, amber within the tolerance below it, red beyond', () => {
    // Cheshire East P2.10: adopted 10% against a target of 20% is red; with a tolerance of 2, 18 and 19 are amber.
    const adoption = target({ target: 20, tolerance: 2 });
    expect(ragOf(21, 'highIsGood', adoption)).toEqual({ status: 'green', reason: '21 meets the target of 20 (high is good)' });
    expect(ragOf(20, 'highIsGood', adoption).status).toBe('green');
    expect(ragOf(19, 'highIsGood', adoption)).toEqual({ status: 'amber', reason: '19 is below the target of 20 but within the tolerance of 2' });
    expect(ragOf(18, 'highIsGood', adoption).status).toBe('amber');
    expect(ragOf(17, 'highIsGood', adoption)).toEqual({ status: 'red', reason: '17 is below the target of 20, beyond the tolerance of 2' });
    expect(ragOf(10, 'highIsGood', target({ target: 20 }))).toEqual({ status: 'red', reason: '10 is below the target of 20' });
    // No tolerance, no amber: 19.9 is short of 20.
    expect(ragOf(19.9, 'highIsGood', target({ target: 20 })).status).toBe('red');
  });

  it('low is good: green at or below, amber within the tolerance above, red beyond', () => {
    // P2.4: residential care 10% target, low is good.
    const residential = target({ target: 10, tolerance: 1 });
    expect(ragOf(9, 'lowIsGood', residential).status).toBe('green');
    expect(ragOf(10, 'lowIsGood', residential).status).toBe('green');
    expect(ragOf(11, 'lowIsGood', residential)).toEqual({ status: 'amber', reason: '11 is above the target of 10 but within the tolerance of 1' });
    expect(ragOf(12, 'lowIsGood', residential).status).toBe('red');
  });

  it('neutral with a range: green inside (ends included), amber within the tolerance outside, red beyond', () => {
    // G1: 380-430 children in care; Q4 2017-18 was 477.
    const range = target({ range: { low: 380, high: 430 } });
    expect(ragOf(380, 'neutral', range)).toEqual({ status: 'green', reason: '380 is within the range 380 to 430' });
    expect(ragOf(430, 'neutral', range).status).toBe('green');
    expect(ragOf(477, 'neutral', range)).toEqual({ status: 'red', reason: '477 is above the range 380 to 430' });
    expect(ragOf(379, 'neutral', range).status).toBe('red');
    const tolerant = target({ range: { low: 380, high: 430 }, tolerance: 10 });
    expect(ragOf(440, 'neutral', tolerant)).toEqual({ status: 'amber', reason: '440 is above the range 380 to 430 but within the tolerance of 10' });
    expect(ragOf(370, 'neutral', tolerant).status).toBe('amber');
    expect(ragOf(369, 'neutral', tolerant)).toEqual({ status: 'red', reason: '369 is below the range 380 to 430, beyond the tolerance of 10' });
  });

  it('is not rated without a target or a value', () => {
    expect(ragOf(20, 'highIsGood', undefined)).toEqual({ status: 'notRated', reason: 'no target is set for this measure' });
    expect(ragOf(null, 'highIsGood', target({ target: 20 }))).toEqual({ status: 'notRated', reason: 'there is no value to rate' });
  });
});

describe('direction of travel against the previous period', () => {
  it('percentages: a move of more than 1 point is improving or worsening by polarity; 1 point or less is broadly the same', () => {
    expect(directionOf(96, 99, 'highIsGood', 'percent')).toEqual({ trend: 'worsening', change: -3, threshold: 1, reason: '-3 from 99, more than 1 (high is good)' });
    expect(directionOf(71, 67, 'highIsGood', 'percent').trend).toBe('improving');
    expect(directionOf(98, 97, 'highIsGood', 'percent')).toEqual({ trend: 'broadlySame', change: 1, threshold: 1, reason: '+1 from 97, within 1 of it' });
    expect(directionOf(12, 10, 'lowIsGood', 'percent').trend).toBe('worsening');
    expect(directionOf(8, 10, 'lowIsGood', 'percent').trend).toBe('improving');
  });

  it('counts, rates and days: broadly the same within 2% of the previous value (at least 1)', () => {
    // A1 days 391 -> 380: threshold 2% of 391 = 7.8; -11 is more, and low is good: improving.
    expect(directionOf(380, 391, 'lowIsGood', 'days')).toEqual({ trend: 'improving', change: -11, threshold: 7.8, reason: '-11 from 391, more than 7.8 (low is good)' });
    // 384 days is -7 from 391, within 7.8.
    expect(directionOf(384, 391, 'lowIsGood', 'days').trend).toBe('broadlySame');
    // A small count: 5 -> 6 is within the floor of 1.
    expect(broadlySameThreshold('count', 5)).toBe(1);
    expect(directionOf(6, 5, 'lowIsGood', 'count').trend).toBe('broadlySame');
    // A mean SDQ score: 2% of 14.9 = 0.298 -> 0.3; 15.3 - 14.9 = 0.4 is more.
    expect(broadlySameThreshold('mean', 14.9)).toBe(0.3);
    expect(directionOf(15.3, 14.9, 'lowIsGood', 'mean')).toMatchObject({ trend: 'worsening', change: 0.4 });
  });

  it('a neutral measure\'s change is stated, not judged; a council\'s own threshold replaces the default', () => {
    // G1: 470 -> 477 children in care; 2% of 470 = 9.4, so broadly the same; 438 -> 466 (+28) increased.
    expect(directionOf(477, 470, 'neutral', 'count').trend).toBe('broadlySame');
    expect(directionOf(466, 438, 'neutral', 'count')).toEqual({ trend: 'increased', change: 28, threshold: 8.8, reason: '+28 from 438 (neither direction is better)' });
    expect(directionOf(400, 438, 'neutral', 'count').trend).toBe('decreased');
    // broadlySameWithin 0: any change counts.
    expect(directionOf(11, 10, 'lowIsGood', 'percent', 0)).toMatchObject({ trend: 'worsening', threshold: 0 });
  });

  it('is not assessed without a previous period or either value', () => {
    expect(directionOf(10, undefined, 'lowIsGood', 'percent')).toEqual({ trend: 'notAssessed', change: null, threshold: null, reason: 'there is no previous period to compare with' });
    expect(directionOf(10, null, 'lowIsGood', 'percent').reason).toBe('the previous period has no value');
    expect(directionOf(null, 10, 'lowIsGood', 'percent').reason).toBe('the period has no value');
  });
});

describe('gap to England and the statistical neighbours', () => {
  it('is value minus the comparator, favourable on the better side by polarity', () => {
    // Long-term stability 65% against England 69%: 4 points below, high is good: unfavourable.
    expect(gapTo(65, 69, 'highIsGood', 'percent', 'England')).toEqual({ difference: -4, assessment: 'unfavourable', reason: '4 below England (69)' });
    expect(gapTo(72, 69, 'highIsGood', 'percent', 'England').assessment).toBe('favourable');
    // 3+ placements 9% against the neighbour average 10.4: 1.4 below, low is good: favourable.
    expect(gapTo(9, 10.4, 'lowIsGood', 'percent', 'the statistical neighbour average')).toEqual({ difference: -1.4, assessment: 'favourable', reason: '1.4 below the statistical neighbour average (10.4)' });
    expect(gapTo(69, 69, 'highIsGood', 'percent', 'England')).toEqual({ difference: 0, assessment: 'level', reason: 'the same as England (69)' });
  });

  it('states a neutral measure\'s gap without judging it, and does not compare counts or missing values', () => {
    // Cheshire East G2: rate 62.7 against neighbours 56.
    expect(gapTo(63, 56, 'neutral', 'ratePer10000', 'the statistical neighbour average')).toEqual({ difference: 7, assessment: 'notAssessed', reason: '7 above the statistical neighbour average (56); neither direction is better' });
    expect(gapTo(477, 81770, 'neutral', 'count', 'England')).toEqual({ difference: null, assessment: 'notAssessed', reason: 'a count is not compared with England, an area of another size' });
    expect(gapTo(10, null, 'lowIsGood', 'percent', 'England').reason).toBe('England has no published value to compare with');
    expect(gapTo(null, 10, 'lowIsGood', 'percent', 'England').reason).toBe('there is no value to compare');
  });
});
