import { BASE_SPEC, defineTrendChart, monthLabel, type ChartPoint } from './trendChart';

export const placementMixChart = defineTrendChart({
  id: 'chart-placement-mix',
  measureIds: ['cla_by_placement_group_at_date'],
  title: 'Children in care by placement type at each month end',
  valueHeading: 'Children',
  points(index) {
    return index.series('cla_by_placement_group_at_date', 'month').flatMap((f) => Object.entries(f.breakdowns['placement_group'] ?? {}).map(([group, n]): ChartPoint => ({
      period: monthLabel((f.reportingPeriod ?? f.period).label), series: group, value: typeof n === 'number' ? n : null, shown: String(n), isCount: true,
    })));
  },
  describe(points) {
    const last = points.at(-1)?.period;
    const atLast = points.filter((p) => p.period === last).map((p) => `${p.series} ${p.shown}`).join(', ');
    return `Stacked bar chart of children in care by placement type at each month end. At ${last ?? 'the last month'}: ${atLast || 'no children'}. Suppressed counts (c) are left out of the bars.`;
  },
  spec: () => ({
    ...BASE_SPEC,
    mark: 'bar',
    encoding: {
      x: { field: 'period', type: 'ordinal', sort: null, title: null },
      y: { field: 'value', type: 'quantitative', title: 'children', stack: 'zero' },
      color: { field: 'series', type: 'nominal', title: null },
    },
  }),
});
