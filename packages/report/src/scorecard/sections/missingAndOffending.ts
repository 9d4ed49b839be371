import { defineScorecardSection } from '../scorecardSection';

export const missingAndOffendingSection = defineScorecardSection({
  id: 'missingAndOffending',
  title: 'Missing from care and offending',
  prefix: 'M',
  rows: [
    { measureId: 'children_missing_in_period', headline: true },
    { measureId: 'missing_incidents_in_period' },
    { measureId: 'children_missing_5_plus_in_a_month' },
    { measureId: 'children_missing_percent' },
    { measureId: 'children_offending_in_period' },
    { measureId: 'offences_in_period' },
  ],
});
