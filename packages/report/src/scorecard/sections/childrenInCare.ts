import { defineScorecardSection } from '../scorecardSection';

export const childrenInCareSection = defineScorecardSection({
  id: 'childrenInCare',
  title: 'Children in care',
  prefix: 'G',
  rows: [
    { measureId: 'cla_at_date', headline: true },
    { measureId: 'cla_rate_per_10000', headline: true },
    { measureId: 'cla_excluding_uasc_rate_per_10000' },
    { measureId: 'uasc_at_date' },
    { measureId: 'started_in_period', headline: true },
    { measureId: 'ceased_in_period', headline: true },
  ],
});
