import { BASE_SPEC, defineTrendChart, monthlyPoints, rangeText, type ChartPoint } from './trendChart';

const RATE = 'Children in care per 10,000';

export const childrenInCareRateChart = defineTrendChart({
  id: 'chart-cla-rate',
  measureIds: ['cla_rate_per_10000'],
  title: 'Children in care per 10,000 children, by month, with England and statistical neighbours',
  valueHeading: 'Rate per 10,000',
  points(index) {
    const own = monthlyPoints(index, 'cla_rate_per_10000', RATE, false);
    const year = index.year('cla_rate_per_10000') ?? index.first('cla_rate_per_10000');
    const lines: ChartPoint[] = [];
    for (const [which, series] of [['england', 'England'], ['statisticalNeighbours', 'Statistical neighbours']] as const) {
      const published = year?.comparators[which];
      if (published?.value === null || published?.value === undefined) continue;
      const name = `${series} (${published.year})`;
      for (const p of own) lines.push({ period: p.period, series: name, value: published.value, shown: String(published.value), isCount: false });
    }
    return [...own, ...lines];
  },
  describe(points) {
    const others = [...new Set(points.map((p) => p.series).filter((s) => s !== RATE))];
    return `Line chart. ${rangeText(points, RATE)}.${others.map((s) => ` ${s}: ${points.find((p) => p.series === s)!.value}.`).join('')}`;
  },
  spec() {
    return {
      ...BASE_SPEC,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'period', type: 'ordinal', sort: null, title: null },
        y: { field: 'value', type: 'quantitative', title: 'per 10,000', scale: { zero: false }, axis: { format: ',.0f' } },
        color: { field: 'series', type: 'nominal', title: null },
        strokeDash: { field: 'series', type: 'nominal', title: null },
      },
    };
  },
});
