import type { MeasurePolarity, MeasureUnit } from '../catalogue/defineMeasure';
import type { MeasureTarget } from './targets';

/*
 * How a figure is judged: against the council's target (RAG), against the period before (direction of travel), and
 * against England and the statistical neighbours (gap). Pure functions of the values as reported (rounded as DfE
 * rounds), so the judgement is the one a committee member can check from the paper.
 */

export type RagStatus = 'green' | 'amber' | 'red' | 'notRated';

export interface Rag {
  readonly status: RagStatus;
  /** The sentence that explains it ("38 is below the target of 40 but within the tolerance of 2"). */
  readonly reason: string;
}

/** Changes and gaps are stated to one decimal place: values have at most one (a mean score, a neighbour average). */
const tenth = (n: number): number => Math.round(n * 10) / 10;
const EPSILON = 1e-9;

/**
 * RAG against a target:
 * - high is good: green at or above the target; amber below it by no more than the tolerance; red otherwise;
 * - low is good: green at or below the target; amber above it by no more than the tolerance; red otherwise;
 * - neutral, with a range: green inside the range (both ends included); amber outside it by no more than the
 *   tolerance; red otherwise.
 * Without a tolerance there is no amber. No target, or no value, is not rated, and says so.
 */
export function ragOf(value: number | null, polarity: MeasurePolarity, target: MeasureTarget | undefined): Rag {
  if (!target) return { status: 'notRated', reason: 'no target is set for this measure' };
  if (value === null) return { status: 'notRated', reason: 'there is no value to rate' };
  const tolerance = target.tolerance ?? 0;
  const within = tolerance > 0 ? ` but within the tolerance of ${tolerance}` : '';
  if (target.range) {
    const { low, high } = target.range;
    if (value >= low && value <= high) return { status: 'green', reason: `${value} is within the range ${low} to ${high}` };
    const beyond = value < low ? low - value : value - high;
    const side = value < low ? `below the range ${low} to ${high}` : `above the range ${low} to ${high}`;
    return beyond <= tolerance + EPSILON ? { status: 'amber', reason: `${value} is ${side}${within}` } : { status: 'red', reason: `${value} is ${side}${tolerance > 0 ? `, beyond the tolerance of ${tolerance}` : ''}` };
  }
  if (target.target === undefined || polarity === 'neutral') return { status: 'notRated', reason: 'a neutral measure is rated against a range, and none is set' };
  const goal = target.target;
  const short = polarity === 'highIsGood' ? goal - value : value - goal;
  const word = polarity === 'highIsGood' ? 'below' : 'above';
  if (short <= EPSILON) return { status: 'green', reason: `${value} meets the target of ${goal} (${polarity === 'highIsGood' ? 'high' : 'low'} is good)` };
  return short <= tolerance + EPSILON
    ? { status: 'amber', reason: `${value} is ${word} the target of ${goal}${within}` }
    : { status: 'red', reason: `${value} is ${word} the target of ${goal}${tolerance > 0 ? `, beyond the tolerance of ${tolerance}` : ''}` };
}

/**
 * improving / broadlySame / worsening for a measure with a polarity; increased / broadlySame / decreased for a
 * neutral one (the change is stated, not judged); notAssessed when either value is missing.
 */
export type Trend = 'improving' | 'broadlySame' | 'worsening' | 'increased' | 'decreased' | 'notAssessed';

export interface Direction {
  readonly trend: Trend;
  /** value minus the previous value; null when not assessed. */
  readonly change: number | null;
  /** The largest change that is broadly the same. */
  readonly threshold: number | null;
  readonly reason: string;
}

/**
 * The default "broadly the same" threshold, in the measure's unit:
 * - percent: 1 percentage point (percentages are whole numbers, so a move of one point can be rounding alone);
 * - count, rate per 10,000, days: 2% of the previous value, and at least 1 (the smallest step they are stated in);
 * - mean (a score to one decimal place): 2% of the previous value, and at least 0.1.
 * A council may set its own per measure (`broadlySameWithin` in its targets file).
 */
export function broadlySameThreshold(unit: MeasureUnit, previous: number): number {
  if (unit === 'percent') return 1;
  const step = unit === 'mean' ? 0.1 : 1;
  return Math.max(step, tenth(Math.abs(previous) * 0.02));
}

export function directionOf(value: number | null, previous: number | null | undefined, polarity: MeasurePolarity, unit: MeasureUnit, broadlySameWithin?: number): Direction {
  if (previous === undefined) return { trend: 'notAssessed', change: null, threshold: null, reason: 'there is no previous period to compare with' };
  if (value === null || previous === null) return { trend: 'notAssessed', change: null, threshold: null, reason: value === null ? 'the period has no value' : 'the previous period has no value' };
  const change = tenth(value - previous);
  const threshold = broadlySameWithin ?? broadlySameThreshold(unit, previous);
  const moved = `${change > 0 ? '+' : ''}${change} from ${previous}`;
  if (Math.abs(change) <= threshold + EPSILON) return { trend: 'broadlySame', change, threshold, reason: `${moved}, within ${threshold} of it` };
  if (polarity === 'neutral') return { trend: change > 0 ? 'increased' : 'decreased', change, threshold, reason: `${moved} (neither direction is better)` };
  const better = (change > 0) === (polarity === 'highIsGood');
  return { trend: better ? 'improving' : 'worsening', change, threshold, reason: `${moved}, more than ${threshold} (${polarity === 'highIsGood' ? 'high' : 'low'} is good)` };
}

export type GapAssessment = 'favourable' | 'unfavourable' | 'level' | 'notAssessed';

export interface Gap {
  /** value minus the comparator's value, to one decimal place; null when not assessed. */
  readonly difference: number | null;
  readonly assessment: GapAssessment;
  readonly reason: string;
}

/**
 * The gap to a comparator: value minus the comparator, favourable when on the better side by polarity (above for
 * high is good, below for low is good), level when equal; a neutral measure's gap is stated but not judged, and a
 * count is not compared with areas of other sizes (its rate is).
 */
export function gapTo(value: number | null, comparator: number | null, polarity: MeasurePolarity, unit: MeasureUnit, comparatorName: string): Gap {
  if (unit === 'count') return { difference: null, assessment: 'notAssessed', reason: `a count is not compared with ${comparatorName}, an area of another size` };
  if (value === null) return { difference: null, assessment: 'notAssessed', reason: 'there is no value to compare' };
  if (comparator === null) return { difference: null, assessment: 'notAssessed', reason: `${comparatorName} has no published value to compare with` };
  const difference = tenth(value - comparator);
  if (Math.abs(difference) < EPSILON) return { difference: 0, assessment: 'level', reason: `the same as ${comparatorName} (${comparator})` };
  const side = `${Math.abs(difference)} ${difference > 0 ? 'above' : 'below'} ${comparatorName} (${comparator})`;
  if (polarity === 'neutral') return { difference, assessment: 'notAssessed', reason: `${side}; neither direction is better` };
  const favourable = (difference > 0) === (polarity === 'highIsGood');
  return { difference, assessment: favourable ? 'favourable' : 'unfavourable', reason: side };
}
