import { describe, expect, it } from 'vitest';
import { FigureIndex } from '../src/figureIndex';
import type { ReportFigure, ReportPeriod } from '../src/reportInput';
import { scorecardView } from '../src/scorecardView';
import { reportTables } from '../src/tablesView';

// Hand-made figure records, as a catalogue run writes them: only what the scorecard reads differs between them.
function figure(id: string, grain: 'month' | 'quarter' | 'year', label: string, value: number | 'c' | null, extra: Partial<ReportFigure> = {}): ReportFigure {
  const none = { value: null, year: null, source: null, note: '' };
  return {
    id, title: id, definition: '', source: 'DfE', unit: 'percent', polarity: 'highIsGood', laCode: '999',
    period: { kind: grain, start: '2025-04-01', end: '2026-03-31', label }, reportingPeriod: { kind: grain, start: '2025-04-01', end: '2026-03-31', label },
    grain, aggregate: 'pooled', value, numerator: 0, denominator: 0,
    comparators: { england: { geography: 'England', ...none }, region: { geography: 'region', ...none }, statisticalNeighbours: { geography: 'sn', ...none, neighbours: [], contributing: 0 } },
    target: null, rag: { status: 'notRated', reason: 'no target' }, direction: { trend: 'notAssessed', change: null, threshold: null, reason: '' },
    previous: null, gap: { england: { difference: null, assessment: 'notAssessed', reason: '' }, statisticalNeighbours: { difference: null, assessment: 'notAssessed', reason: '' } },
    suppressed: value === 'c', breakdowns: {}, ...extra,
  } as ReportFigure;
}

const Q3: ReportPeriod = { grain: 'quarter', label: '2025-26 Q3', start: '2025-10-01', end: '2025-12-31' };

describe('the scorecard view', () => {
  it('puts each quarter, the year and the last year end in their columns, and rates the report period', () => {
    const id = 'reviews_held_in_timescale_percent';
    const figures = [
      figure(id, 'quarter', '2025-26 Q1', 91), figure(id, 'quarter', '2025-26 Q2', 93),
      figure(id, 'quarter', '2025-26 Q3', 88, {
        target: { measureId: id, target: 95, tolerance: 3 }, rag: { status: 'red', reason: '88 is below the target of 95, beyond the tolerance of 3' },
        direction: { trend: 'worsening', change: -5, threshold: 1, reason: '-5 from 93' },
        comparators: { ...figure(id, 'year', 'x', 0).comparators, england: { geography: 'England', value: 90, year: '2024-25', source: 'DfE', note: '' } },
      }),
      // The mean of months is never what the scorecard shows.
      figure(id, 'quarter', '2025-26 Q3', 12, { aggregate: 'meanOfMonths' }),
      figure(id, 'year', '2025-26 to 2025-12-31', 'c'),
    ];
    const lastYear = [figure(id, 'year', '2024-25', 94)];
    const [section] = scorecardView(new FigureIndex(figures), new FigureIndex(lastYear), '2025-26', Q3).filter((s) => s.id === 'reviews');
    const row = section!.rows.find((r) => r.measureId === id)!;
    expect(row.ref).toBe('R1');
    expect(row.quarters.map((c) => c?.text ?? null)).toEqual(['91%', '93%', '88%', null]);
    expect(row.yearToDate).toMatchObject({ text: 'c', raw: 'c', period: '2025-26 to 2025-12-31' });
    expect(row.lastYearEnd).toMatchObject({ text: '94%', raw: '94', source: 'lastYear', period: '2024-25' });
    expect(row.rag).toMatchObject({ status: 'red', letter: 'R', text: 'Red' });
    expect(row.direction).toMatchObject({ text: 'Getting worse', symbol: '▼' });
    expect(row.england).toBe('90% (2024-25)');
    expect(row.target).toBe('95%');
    // Rows whose measure the run did not compute are left out, and so is a section with none.
    expect(section!.rows).toHaveLength(1);
  });

  it('tables review timeliness month by month with the pooled year, and counts participation with "not recorded" its own row', () => {
    const months = [
      figure('reviews_held_in_timescale_percent', 'month', 'April 2025', 90, { numerator: 9, denominator: 10 }),
      figure('reviews_held_in_timescale_percent', 'month', 'May 2025', 'c', { numerator: 'c', denominator: 'c' }),
      figure('reviews_held_in_timescale_percent', 'year', '2025-26', 88, { numerator: 22, denominator: 25 }),
      figure('review_participation_by_code', 'quarter', '2025-26 Q3', 20, { unit: 'count', numerator: 20, breakdowns: { review_code: { PN1: 12, PN7: 'c', 'not recorded': 6 } } }),
    ];
    const tables = reportTables(new FigureIndex(months), Q3, '2025-26');
    const timeliness = tables.find((t) => t.id === 'review-timeliness')!;
    expect(timeliness.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['April 2025', '10', '9', '90%'], ['May 2025', 'c', 'c', 'c'], ['Whole year 2025-26 (pooled)', '25', '22', '88%'],
    ]);
    const participation = tables.find((t) => t.id === 'review-participation')!;
    const byCode = Object.fromEntries(participation.rows.map((r) => [r[0]!.text === '–' ? 'not recorded' : r[0]!.text, r[2]!.text]));
    expect(byCode).toMatchObject({ PN0: '0', PN1: '12', PN7: 'c', 'not recorded': '6' });
    expect(participation.rows).toHaveLength(9);
  });
});
