import type { MeasureUnit } from '../catalogue/defineMeasure';

/**
 * Small-number suppression as DfE applies it to the children looked after statistics, for anything careledger
 * exports. The rule taken from DfE's practice (the local authority rows of the 2021-2025 CLA tables: no count of 1
 * to 5 is published in the rates, placement stability or OC2 tables, and a percentage is `c` with its count, or with
 * its total when the total is 1 to 5):
 * - a count of 1 to 5 is shown as `c`; 0 is shown;
 * - a percentage, mean days or mean score is `c` (with its numerator and denominator) when the numerator or the
 *   denominator is 1 to 5;
 * - a rate per 10,000 is `c` (with its count) when the count is 1 to 5; its denominator, the ONS population
 *   estimate, is published by ONS and is shown.
 * Secondary suppression (hiding a second cell so that a total minus the shown cells cannot reveal a `c`, or the
 * complement of a percentage) is not done: careledger exports one figure per measure, and a breakdown's cells are
 * each suppressed on their own (`suppressBreakdowns`), so a reader who has the total can still work a suppressed
 * cell out. Say so wherever breakdowns are published beside totals.
 */
export const SUPPRESSED = 'c';

export type Shown = number | typeof SUPPRESSED;

export const SMALL_NUMBER = { from: 1, to: 5 } as const;

export const isSmallNumber = (n: number | null | undefined): boolean => n !== null && n !== undefined && n >= SMALL_NUMBER.from && n <= SMALL_NUMBER.to;

/** A count as it may be shown: `c` for 1 to 5. */
export function suppressCount(n: number, suppress = true): Shown {
  return suppress && isSmallNumber(n) ? SUPPRESSED : n;
}

/** The figure's numbers, as computeMeasure states them. */
export interface FigureNumbers {
  readonly unit: MeasureUnit;
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator?: number;
}

export interface ShownFigure {
  readonly value: Shown | null;
  readonly numerator: Shown;
  readonly denominator?: Shown;
  readonly suppressed: boolean;
  /** Why, when suppressed. */
  readonly reason?: string;
}

/**
 * The figure as it may be exported. `suppress: false` shows every number (internal use: the council's own
 * performance team, the drill-through); the default suppresses.
 */
export function suppressSmallNumbers(figure: FigureNumbers, options: { readonly suppress?: boolean } = {}): ShownFigure {
  const shown: ShownFigure = {
    value: figure.value, numerator: figure.numerator, ...(figure.denominator !== undefined ? { denominator: figure.denominator } : {}), suppressed: false,
  };
  if (options.suppress === false) return shown;
  const small = `${SMALL_NUMBER.from} to ${SMALL_NUMBER.to}`;
  switch (figure.unit) {
    case 'count':
      return isSmallNumber(figure.numerator)
        ? { ...shown, value: SUPPRESSED, numerator: SUPPRESSED, suppressed: true, reason: `a count of ${small} is suppressed` }
        : shown;
    case 'ratePer10000':
      return isSmallNumber(figure.numerator)
        ? { ...shown, value: SUPPRESSED, numerator: SUPPRESSED, suppressed: true, reason: `the count the rate is of is ${small}` }
        : shown;
    case 'percent':
    case 'days':
    case 'mean': {
      const which = [isSmallNumber(figure.numerator) ? 'numerator' : undefined, isSmallNumber(figure.denominator) ? 'denominator' : undefined].filter(Boolean);
      if (which.length === 0) return shown;
      return {
        value: SUPPRESSED, numerator: SUPPRESSED, ...(figure.denominator !== undefined ? { denominator: SUPPRESSED } : {}), suppressed: true,
        reason: `its ${which.join(' and ')} ${which.length === 1 ? 'is' : 'are'} ${small}`,
      };
    }
  }
}

/** Each breakdown cell (a count of children) as it may be exported: `c` for 1 to 5. */
export function suppressBreakdowns(breakdowns: Readonly<Record<string, Readonly<Record<string, number>>>>, options: { readonly suppress?: boolean } = {}): Record<string, Record<string, Shown>> {
  const suppress = options.suppress !== false;
  return Object.fromEntries(Object.entries(breakdowns).map(([column, counts]) => [
    column, Object.fromEntries(Object.entries(counts).map(([key, n]) => [key, suppressCount(n, suppress)])),
  ]));
}
