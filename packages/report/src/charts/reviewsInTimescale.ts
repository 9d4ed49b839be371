import { BASE_SPEC, defineTrendChart, monthlyPoints, rangeText } from './trendChart';

const SERIES = 'Reviews held in timescale';

export const reviewsInTimescaleChart = defineTrendChart({
  id: 'chart-reviews-timescale',
  measureIds: ['reviews_held_in_timescale_percent'],
  title: 'Looked-after reviews held in timescale, by month (%)',
  valueHeading: '% in timescale',
  points: (index) => monthlyPoints(index, 'reviews_held_in_timescale_percent', SERIES, false),
  describe: (points) => `Bar chart. ${rangeText(points, SERIES, '%')}.`,
  spec: () => ({
    ...BASE_SPEC,
    mark: { type: 'bar', color: '#1f5f8b' },
    encoding: {
      x: { field: 'period', type: 'ordinal', sort: null, title: null },
      y: { field: 'value', type: 'quantitative', title: '% in timescale', scale: { domain: [0, 100] } },
    },
  }),
});
