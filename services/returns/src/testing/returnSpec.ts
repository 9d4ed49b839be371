import { expect } from 'vitest';
import { InvalidInputError, type CalendarDate } from '@careledger/runtime';
import type { CaseEvent } from '@careledger/events';
import type { Figure, PopulationEstimate } from '@careledger/measures';
import { collectionYear, csvCells, toCsv, type CollectionYear, type TableName } from '@careledger/ssda903';
import { computeAnnualReturn, type AnnualReturn } from '../annualReturn';
import type { KnownOnInstant } from '../asKnownOn';
import { withProjections } from '@careledger/projections/testing';

export { withProjections };

interface Given {
  readonly events: readonly CaseEvent[];
  readonly laCode?: string;
  readonly year?: CollectionYear;
  readonly asAt?: CalendarDate;
  readonly asKnownOn?: KnownOnInstant;
  readonly population?: readonly PopulationEstimate[];
}

/** The 903 cells of a row, as the return's file has them (DD/MM/YYYY, the year's codes). */
type Cells = Record<string, string>;

/** Which rows an assertion looks at: all of them, or only these children's. */
interface RowFilter {
  readonly children?: readonly string[];
}

export interface ReturnExpectations {
  /** The table's rows, as the cells of the year's 903 file, are exactly `rows` (in order). */
  table(table: TableName, rows: readonly Cells[], filter?: RowFilter): Promise<void>;
  /** The table's CSV, as the year's file has it, is exactly `csv`. */
  csv(table: TableName, csv: string, filter?: RowFilter): Promise<void>;
  /** The CHILD column of the table, in order. */
  children(table: TableName, children: readonly string[]): Promise<void>;
  rowCount(table: TableName, count: number): Promise<void>;
  /** The figure `id` matches `expected` (toMatchObject). */
  figure(id: string, expected: Partial<Figure>): Promise<void>;
  /** Computing the return fails with an error matching `expected` (kind, code, message...). */
  error(expected: { kind?: string; code?: string; message?: string | RegExp }): Promise<void>;
}

/**
 * Given a history of case events, for an LA, a collection year and an as-at date, then these 903 rows, these
 * figures, or this error:
 *
 *   const spec = ReturnSpec.given(events).forLa('990').year(2024).asAt('2024-06-30');
 *   await spec.then.table('reviews', [{ CHILD: 'A', DOB: '15/06/2010', REVIEW: '25/05/2023', REVIEW_CODE: 'PN1' }]);
 *   await spec.thenFigures({ cla_at_31_march: { value: 3 } });
 *
 * The return is computed once per spec, on real projections (DuckDB), the way `careledger returns` computes it.
 */
export class ReturnSpec {
  private computed: Promise<AnnualReturn> | undefined;

  private constructor(private readonly given: Given) {}

  static given(events: readonly CaseEvent[]): ReturnSpec {
    return new ReturnSpec({ events });
  }

  forLa(laCode: string): ReturnSpec {
    return new ReturnSpec({ ...this.given, laCode });
  }

  /** The collection year by the year it ends in (2024 is 2023-24). */
  year(endYear: number): ReturnSpec {
    return new ReturnSpec({ ...this.given, year: collectionYear(endYear) });
  }

  asAt(date: CalendarDate): ReturnSpec {
    return new ReturnSpec({ ...this.given, asAt: date });
  }

  /** Only what had been recorded by this instant (an ISO date-time with an offset) counts. */
  asKnownOn(instant: KnownOnInstant): ReturnSpec {
    return new ReturnSpec({ ...this.given, asKnownOn: instant });
  }

  withPopulation(population: readonly PopulationEstimate[]): ReturnSpec {
    return new ReturnSpec({ ...this.given, population });
  }

  /** The return itself, for an assertion the helpers below do not cover. */
  result(): Promise<AnnualReturn> {
    const { events, laCode, year, asAt, asKnownOn, population } = this.given;
    if (laCode === undefined || year === undefined || asAt === undefined) {
      throw new InvalidInputError('return_spec.incomplete', 'ReturnSpec needs .forLa(code), .year(endYear) and .asAt(date) before an assertion');
    }
    this.computed ??= withProjections(events, (store) => computeAnnualReturn(store, {
      laCode, year, asAt, ...(asKnownOn ? { asKnownOn } : {}), ...(population ? { population } : {}),
    }));
    return this.computed;
  }

  get then(): ReturnExpectations {
    const rowsOf = async (table: TableName, filter: RowFilter = {}) => {
      const annual = await this.result();
      const rows = annual.tables[table].filter((r) => !filter.children || filter.children.includes(r.CHILD));
      return { annual, rows };
    };
    return {
      table: async (table, expected, filter) => {
        const { annual, rows } = await rowsOf(table, filter);
        expect(rows.map((r) => csvCells(table, r as never, annual.year))).toEqual(expected);
      },
      csv: async (table, expected, filter) => {
        const { annual, rows } = await rowsOf(table, filter);
        expect(toCsv(table, rows as never, annual.year)).toBe(expected);
      },
      children: async (table, expected) => {
        const { rows } = await rowsOf(table);
        expect(rows.map((r) => r.CHILD)).toEqual(expected);
      },
      rowCount: async (table, count) => {
        const { rows } = await rowsOf(table);
        expect(rows).toHaveLength(count);
      },
      figure: async (id, expected) => {
        const annual = await this.result();
        const figure = annual.figures.find((f) => f.id === id);
        expect(figure, `figure ${id}`).toBeDefined();
        expect(figure).toMatchObject(expected);
      },
      error: async (expected) => {
        const { message, ...rest } = expected;
        const failure = await this.result().then(() => undefined, (error: unknown) => error);
        expect(failure, 'the return should have failed').toBeInstanceOf(Error);
        expect(failure).toMatchObject(rest);
        if (message !== undefined) expect((failure as Error).message).toMatch(message);
      },
    };
  }

  /** Every figure named in `expected` matches it (toMatchObject). */
  async thenFigures(expected: Readonly<Record<string, Partial<Figure>>>): Promise<void> {
    for (const [id, figure] of Object.entries(expected)) await this.then.figure(id, figure);
  }
}
