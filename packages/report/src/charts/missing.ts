import { BASE_SPEC, defineTrendChart, monthlyPoints, rangeText } from './trendChart';

const INCIDENTS = 'Missing incidents';
const CHILDREN = 'Children who went missing';

export const missingChart = defineTrendChart({
  id: 'chart-missing',
  measureIds: ['missing_incidents_in_period', 'children_missing_in_period'],
  title: 'Missing incidents and children who went missing, by month',
  valueHeading: 'Number',
  points: (index) => [...monthlyPoints(index, 'missing_incidents_in_period', INCIDENTS, true), ...monthlyPoints(index, 'children_missing_in_period', CHILDREN, true)],
  describe: (points) => `Line chart. ${rangeText(points, INCIDENTS)}. ${rangeText(points, CHILDREN)}. Suppressed months are gaps.`,
  spec: () => ({
    ...BASE_SPEC,
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'period', type: 'ordinal', sort: null, title: null },
      y: { field: 'value', type: 'quantitative', title: 'number' },
      color: { field: 'series', type: 'nominal', title: null },
      strokeDash: { field: 'series', type: 'nominal', title: null },
    },
  }),
});
