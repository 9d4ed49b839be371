import { describe, expect, it } from 'vitest';
import { collectionYear } from '@careledger/ssda903';
import { parseReportPeriod, reportPeriodOf } from '../src/committeeReport';

describe('the committee report period and the one before it', () => {
  it('reads a year, a quarter and a month, and the last report is the period before', () => {
    const year = collectionYear(2026);
    expect(reportPeriodOf(year, { grain: 'year' })).toMatchObject({ period: { label: '2025-26', start: '2025-04-01', end: '2026-03-31' }, before: { label: '2024-25' } });
    // Q1 follows the previous year's Q4.
    expect(reportPeriodOf(year, { grain: 'quarter', quarter: 1 })).toMatchObject({ period: { start: '2025-04-01', end: '2025-06-30' }, before: { label: '2024-25 Q4', end: '2025-03-31' } });
    expect(reportPeriodOf(year, { grain: 'month', month: '2026-03' })).toMatchObject({ period: { label: 'March 2026', end: '2026-03-31' }, before: { label: 'February 2026', end: '2026-02-28' } });
    expect(() => reportPeriodOf(year, { grain: 'month', month: '2026-04' })).toThrow(/not in collection year 2025-26/);
    expect(parseReportPeriod('2025-26-Q3')).toMatchObject({ year: { label: '2025-26' }, choice: { grain: 'quarter', quarter: 3 } });
    expect(parseReportPeriod('2026-01')).toMatchObject({ year: { label: '2025-26' }, choice: { grain: 'month', month: '2026-01' } });
    expect(parseReportPeriod('2026')).toMatchObject({ year: { label: '2025-26' }, choice: { grain: 'year' } });
    expect(parseReportPeriod('2025-Q9')).toBeUndefined();
  });
});
