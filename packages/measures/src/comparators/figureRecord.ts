import { InternalError } from '@careledger/runtime';
import type { CatalogueRun } from '../catalogue/computeCatalogue';
import type { MeasureResult, SeriesAggregate } from '../catalogue/computeMeasure';
import type { Measure, MeasurePolarity, MeasureSource, MeasureUnit } from '../catalogue/defineMeasure';
import type { Period, PeriodKind, SeriesGrain } from '../catalogue/periods';
import { directionOf, gapTo, ragOf, type Direction, type Gap, type Rag } from './assessment';
import { comparatorsFor, type Comparators } from './comparators';
import { shippedComparatorTables, type ComparatorTables } from './comparatorTables';
import { suppressSmallNumbers, type Shown } from './suppression';
import type { CouncilTargets, MeasureTarget } from './targets';

export interface FigurePeriod {
  readonly kind: PeriodKind;
  readonly start: string;
  readonly end: string;
  readonly label: string;
}

export interface PreviousFigure {
  readonly period: FigurePeriod;
  readonly value: Shown | null;
  readonly numerator: Shown;
  readonly denominator?: Shown;
  readonly suppressed: boolean;
}

/**
 * One measure's figure for one LA and period, with everything a committee paper sets beside it: its definition,
 * the published England, regional and statistical neighbour figures (each with its year and source), the council's
 * target and the RAG rating against it, the direction of travel since the previous period, the gaps to England and
 * the neighbours, and small-number suppression. Plain data: it serialises to JSON as it is.
 */
export interface FigureRecord {
  readonly id: string;
  readonly title: string;
  readonly definition: string;
  readonly source: MeasureSource;
  readonly unit: MeasureUnit;
  readonly polarity: MeasurePolarity;
  readonly variant?: string;
  readonly laCode: string;
  /** What the figure was measured over (as at a date for a point-in-time measure). */
  readonly period: FigurePeriod;
  /** The reporting period it stands for (the month, quarter or year of a catalogue run), when given. */
  readonly reportingPeriod?: FigurePeriod;
  readonly grain?: SeriesGrain;
  readonly aggregate?: SeriesAggregate;
  /** `c` when suppressed; null when it cannot be stated (see `note`). */
  readonly value: Shown | null;
  readonly numerator: Shown;
  readonly denominator?: Shown;
  readonly note?: string;
  readonly comparators: Comparators;
  readonly target: MeasureTarget | null;
  readonly rag: Rag;
  readonly direction: Direction;
  readonly previous: PreviousFigure | null;
  readonly gap: { readonly england: Gap; readonly statisticalNeighbours: Gap };
  /** Whether small-number suppression hid this figure's numbers (value, numerator, denominator). */
  readonly suppressed: boolean;
  /** Why it was suppressed; and that RAG, direction and gaps are withheld with it. */
  readonly suppression?: string;
}

/** A MeasureResult without its rows: the record never carries the children. */
export type FigureResult = Omit<MeasureResult, 'children'>;

export interface FigureRecordInput {
  readonly measure: Measure;
  readonly result: FigureResult;
  readonly laCode: string;
  /** The same measure over the period before: for direction of travel. */
  readonly previous?: FigureResult;
  /** Default: the tables shipped with careledger (shippedComparatorTables). */
  readonly comparators?: ComparatorTables;
  /** The council's targets (parseTargets / readTargetsFile); none when absent. */
  readonly targets?: CouncilTargets;
  /** Small-number suppression (default true, for anything exported); false for internal use. */
  readonly suppress?: boolean;
  readonly reportingPeriod?: Period;
  readonly grain?: SeriesGrain;
  readonly aggregate?: SeriesAggregate;
}

const periodOf = ({ kind, start, end, label }: Period): FigurePeriod => ({ kind, start, end, label });

const withheld = (why: string): { rag: Rag; direction: Direction; gap: FigureRecord['gap'] } => ({
  rag: { status: 'notRated', reason: `withheld: ${why}` },
  direction: { trend: 'notAssessed', change: null, threshold: null, reason: `withheld: ${why}` },
  gap: {
    england: { difference: null, assessment: 'notAssessed', reason: `withheld: ${why}` },
    statisticalNeighbours: { difference: null, assessment: 'notAssessed', reason: `withheld: ${why}` },
  },
});

/**
 * The figure record of one measure for one LA and period, from its MeasureResult (computeMeasure, or a catalogue
 * run's figure), the measure's definition, the published tables, the council's targets and the previous period's
 * result. Pure: nothing is read or computed from the projections.
 *
 * - Comparators: the published figure the mapping (COMPARATOR_SOURCES) names for the measure, for the latest year
 *   published up to the figure's collection year, for England, the LA's region and its statistical neighbours.
 * - RAG from the target and polarity (ragOf); direction of travel against `previous` (directionOf, with the
 *   target's `broadlySameWithin` when set); gaps to England and the neighbours (gapTo).
 * - Suppression (default on): a count of 1 to 5 is `c`, and a derived figure whose numerator or denominator is 1 to
 *   5 (suppressSmallNumbers). When the figure is suppressed its RAG, direction and gaps are withheld too, since
 *   each would let a reader work the number out; when only the previous figure is, the direction is withheld.
 *
 * @example
 *   const targets = await readTargetsFile('targets.json', MEASURES);
 *   const tables = comparatorTables(await readSuppliedTableFiles(['la_cla_placement_stability.csv']));
 *   const record = figureRecord({ measure, result, previous, laCode: '895', comparators: tables, targets });
 */
export function figureRecord(input: FigureRecordInput): FigureRecord {
  const { measure, result, previous, laCode } = input;
  if (result.id !== measure.id || (previous && previous.id !== measure.id)) {
    throw new InternalError('figure.wrong_measure', `the figure of ${result.id}${previous ? ` (previous ${previous.id})` : ''} was given with the definition of ${measure.id}`, { measure: measure.id, result: result.id });
  }
  const suppress = input.suppress !== false;
  const shown = suppressSmallNumbers({ unit: measure.unit, value: result.value, numerator: result.numerator, ...(result.denominator !== undefined ? { denominator: result.denominator } : {}) }, { suppress });
  const shownBefore = previous
    ? suppressSmallNumbers({ unit: measure.unit, value: previous.value, numerator: previous.numerator, ...(previous.denominator !== undefined ? { denominator: previous.denominator } : {}) }, { suppress })
    : undefined;
  const comparators = comparatorsFor(input.comparators ?? shippedComparatorTables(), { measure, laCode, period: result.period });
  const target = input.targets?.get(measure.id);

  const judged = shown.suppressed
    ? withheld(`the figure is suppressed (${shown.reason})`)
    : {
      rag: ragOf(result.value, measure.polarity, target),
      direction: shownBefore?.suppressed
        ? withheld(`the previous figure is suppressed (${shownBefore.reason})`).direction
        : directionOf(result.value, previous ? previous.value : undefined, measure.polarity, measure.unit, target?.broadlySameWithin),
      gap: {
        england: gapTo(result.value, comparators.england.value, measure.polarity, measure.unit, 'England'),
        statisticalNeighbours: gapTo(result.value, comparators.statisticalNeighbours.value, measure.polarity, measure.unit, 'the statistical neighbour average'),
      },
    };

  return {
    id: measure.id, title: measure.title, definition: measure.definition, source: measure.source, unit: measure.unit, polarity: measure.polarity,
    ...(measure.variant ? { variant: measure.variant } : {}),
    laCode, period: periodOf(result.period),
    ...(input.reportingPeriod ? { reportingPeriod: periodOf(input.reportingPeriod) } : {}),
    ...(input.grain ? { grain: input.grain } : {}), ...(input.aggregate ? { aggregate: input.aggregate } : {}),
    value: shown.value, numerator: shown.numerator, ...(shown.denominator !== undefined ? { denominator: shown.denominator } : {}),
    ...(result.note ? { note: result.note } : {}),
    comparators, target: target ?? null, ...judged,
    previous: previous && shownBefore
      ? {
        period: periodOf(previous.period), value: shownBefore.value, numerator: shownBefore.numerator,
        ...(shownBefore.denominator !== undefined ? { denominator: shownBefore.denominator } : {}), suppressed: shownBefore.suppressed,
      }
      : null,
    suppressed: shown.suppressed,
    ...(shown.suppressed ? { suppression: `${shown.reason}: value, numerator and denominator are shown as c, and RAG, direction and gaps are withheld` } : {}),
  };
}

export interface FigureRecordOptions {
  readonly comparators?: ComparatorTables;
  readonly targets?: CouncilTargets;
  readonly suppress?: boolean;
}

/** Every figure of a catalogue run (computeCatalogue) as a figure record, each with its previous period. */
export function figureRecords(run: CatalogueRun, options: FigureRecordOptions = {}): FigureRecord[] {
  const comparators = options.comparators ?? shippedComparatorTables();
  return run.figures.map((figure) => figureRecord({
    measure: figure.measure, result: figure.result, laCode: run.laCode, ...(figure.previous ? { previous: figure.previous } : {}),
    comparators, ...(options.targets ? { targets: options.targets } : {}), ...(options.suppress !== undefined ? { suppress: options.suppress } : {}),
    reportingPeriod: figure.period, grain: figure.grain, aggregate: figure.aggregate,
  }));
}
