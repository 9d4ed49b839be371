import { TREND_CHARTS } from './charts/registry';
import { SCORECARD_SECTIONS } from './scorecard/registry';
import { TABLE_BREAKDOWN_MEASURE_IDS, TABLE_MONTHLY_MEASURE_IDS } from './tablesView';

/**
 * The measures the report reads, from its own registries: the scorecard's rows and the tables' breakdowns by quarter
 * and year, and what the charts and tables draw month by month.
 */
export function reportMeasureIds(): { readonly byQuarterAndYear: readonly string[]; readonly monthly: readonly string[] } {
  const monthly = [...new Set([...TREND_CHARTS.flatMap((c) => c.measureIds), ...TABLE_MONTHLY_MEASURE_IDS])];
  const all = [...new Set([...SCORECARD_SECTIONS.flatMap((s) => s.rows.map((r) => r.measureId)), ...TABLE_BREAKDOWN_MEASURE_IDS])];
  return { byQuarterAndYear: all.filter((id) => !monthly.includes(id)), monthly };
}
