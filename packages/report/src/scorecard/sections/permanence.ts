import { defineScorecardSection } from '../scorecardSection';

export const permanenceSection = defineScorecardSection({
  id: 'permanence',
  title: 'Permanence and adoption',
  prefix: 'A',
  rows: [
    { measureId: 'ceased_special_guardianship_percent' },
    { measureId: 'ceased_adopted_percent' },
    { measureId: 'adopted_in_period' },
    { measureId: 'adoption_within_14_months_percent' },
    { measureId: 'adoption_a1_days' },
    { measureId: 'adoption_a2_days' },
    { measureId: 'adoption_a10_days' },
  ],
});
