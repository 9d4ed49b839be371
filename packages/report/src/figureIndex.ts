import type { ReportFigure } from './reportInput';

/**
 * The figures of a run found by measure, grain and reporting period. Percentages over a quarter or a year come
 * pooled and as a mean of months: the report shows the pooled one and says so, never the two mixed.
 */
export class FigureIndex {
  private readonly byKey = new Map<string, ReportFigure>();

  constructor(readonly figures: readonly ReportFigure[]) {
    for (const figure of figures) {
      if (figure.aggregate === 'meanOfMonths') continue;
      this.byKey.set(FigureIndex.key(figure.id, figure.grain ?? '', (figure.reportingPeriod ?? figure.period).label), figure);
    }
  }

  private static key(measureId: string, grain: string, periodLabel: string): string {
    return `${measureId}\u0000${grain}\u0000${periodLabel}`;
  }

  get(measureId: string, grain: 'month' | 'quarter' | 'year', periodLabel: string): ReportFigure | undefined {
    return this.byKey.get(FigureIndex.key(measureId, grain, periodLabel));
  }

  /** The measure's figures of one grain, in period order. */
  series(measureId: string, grain: 'month' | 'quarter' | 'year'): ReportFigure[] {
    return this.figures
      .filter((f) => f.id === measureId && f.grain === grain && f.aggregate !== 'meanOfMonths')
      .sort((a, b) => (a.reportingPeriod ?? a.period).start.localeCompare((b.reportingPeriod ?? b.period).start));
  }

  /** The measure's figure for the collection year, or for the year to date when the year has not ended. */
  year(measureId: string): ReportFigure | undefined {
    return this.series(measureId, 'year')[0];
  }

  /** Any one figure of the measure: its title, definition and unit, which every period shares. */
  first(measureId: string): ReportFigure | undefined {
    return this.figures.find((f) => f.id === measureId);
  }
}
