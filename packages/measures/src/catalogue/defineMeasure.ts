import { readFileSync } from 'node:fs';
import { InternalError } from '@careledger/runtime';
import type { PeriodKind } from './periods';

export type MeasureSource = 'DfE' | 'Ofsted' | 'local';

/** A row of a measure as its note reads it: computeMeasure's MeasureRow, by column. */
export type MeasureRowValues = Readonly<Record<string, string | number | boolean | null>>;

/**
 * How the figure is made from the rows (computeMeasure):
 * - count: the children in the numerator;
 * - percent: numerator children over denominator children, a whole number as DfE publishes;
 * - ratePer10000: numerator children per 10,000 of the ONS 0-17 mid-year estimate DfE uses for the period's year;
 * - days: the mean of the rows' `days` column over the numerator children, in whole days;
 * - mean: the mean of the column named by `meanOf` over the numerator rows, to one decimal place (DfE's average SDQ
 *   score, 14.9).
 */
export type MeasureUnit = 'count' | 'percent' | 'ratePer10000' | 'days' | 'mean';

/**
 * What one row of a measure is. Most measures count children: one row per child. Some count records a child can
 * have several of in a period (reviews held, missing incidents, offences): one row per record, identified by a
 * `record_id` column, with the child it belongs to in `child_id`.
 */
export type CountedUnit = 'children' | 'reviews' | 'missingIncidents' | 'offences' | 'placementMoves';

export type MeasurePolarity = 'highIsGood' | 'lowIsGood' | 'neutral';

/**
 * pointInTime: the children as at one date (the period's end, `$periodEnd`); flow: what happened from `$periodStart`
 * to `$periodEnd`, both days included.
 */
export type MeasureTiming = 'pointInTime' | 'flow';

/**
 * The children a family of measures considers, stated once: one SELECT in a `.sql` file (no trailing `;`) over the
 * projections, with parameters `$laCode`, `$periodStart`, `$periodEnd` and the code lists of `codeListParams`.
 * Each measure's own SQL reads it as the table `cohort`, so the rule that puts a child in care on a date has one home.
 */
export interface Cohort {
  readonly id: string;
  readonly description: string;
  readonly sql: string;
}

export function defineCohort(input: { id: string; description: string; sqlFile: URL }): Cohort {
  return { id: input.id, description: input.description, sql: readFileSync(input.sqlFile, 'utf8').trim().replace(/;$/, '') };
}

/**
 * One measure of the catalogue. Its SQL returns ONE ROW PER CHILD it considers (or, for a measure that `counts`
 * records, one row per record with its unique `record_id`): `child_id`, `in_numerator`, `in_denominator`
 * (booleans), then exactly the columns named in `columns` (dates as 'YYYY-MM-DD' text), which say what put the row
 * there. The figure and the drill-through are the same rows. For count and rate measures the
 * denominator is not children, so `in_denominator` is false on every row.
 */
export interface Measure<C extends string = string> {
  readonly id: string;
  readonly title: string;
  /** The sentence a committee member reads. */
  readonly definition: string;
  readonly source: MeasureSource;
  readonly unit: MeasureUnit;
  readonly polarity: MeasurePolarity;
  readonly timing: MeasureTiming;
  readonly cohort: Cohort;
  readonly numerator: string;
  /** What the denominator is: children (percent, days) or a population (rate); absent for a count. */
  readonly denominator?: string;
  readonly periods: readonly PeriodKind[];
  /** What a row is (children unless said): for records, rows also carry a unique `record_id`. */
  readonly counts: CountedUnit;
  /** The column a `mean` measure averages over its numerator rows. */
  readonly meanOf?: C;
  /** The row columns, each with what it holds. */
  readonly columns: Readonly<Record<C, string>>;
  /** Columns whose values the numerator children are counted by. */
  readonly breakdowns: readonly C[];
  /** Where councils differ from DfE: the name of this variant (e.g. 'sdqConcern20'). */
  readonly variant?: string;
  /**
   * What the figure's note should say of its rows, beyond the figure (e.g. where each child's distance came from,
   * and the children left out for want of one); undefined for nothing.
   */
  readonly noteFrom?: (rows: readonly MeasureRowValues[]) => string | undefined;
  /** The measure's own SELECT over `cohort`. */
  readonly sql: string;
}

export interface MeasureInput<C extends string> extends Omit<Measure<C>, 'sql' | 'breakdowns' | 'counts' | 'meanOf'> {
  /** NoInfer: the columns name the measure's columns; breakdowns may only pick among them. */
  readonly breakdowns?: readonly NoInfer<C>[];
  readonly counts?: CountedUnit;
  readonly meanOf?: NoInfer<C>;
  readonly sqlFile: URL;
}

export function defineMeasure<const C extends string>(input: MeasureInput<C>): Measure<C> {
  const { sqlFile, breakdowns, counts, ...rest } = input;
  if ((rest.unit === 'mean') !== (rest.meanOf !== undefined)) {
    throw new InternalError('measure.mean_of', `measure ${rest.id}: a mean names the column it averages (meanOf), and only a mean does`, { measure: rest.id });
  }
  return { ...rest, counts: counts ?? 'children', breakdowns: breakdowns ?? [], sql: readFileSync(sqlFile, 'utf8').trim().replace(/;$/, '') };
}

/**
 * The rate per 10,000 children aged 0-17 of a count measure: the same children, the same SQL, one home for both.
 */
export function perTenThousand<C extends string>(count: Measure<C>, input: { id: string; title: string; definition: string }): Measure<C> {
  return {
    ...count, ...input, unit: 'ratePer10000',
    denominator: 'the ONS mid-year estimate of the LA\'s population aged 0 to 17 that DfE uses for the year (mid-(Y-1) for the year ending 31 March Y)',
  };
}
