import { defineScorecardSection } from '../scorecardSection';

export const placementsSection = defineScorecardSection({
  id: 'placements',
  title: 'Placements and stability',
  prefix: 'P',
  rows: [
    { measureId: 'cla_in_house_fostering_at_date' },
    { measureId: 'cla_external_fostering_at_date' },
    { measureId: 'residential_care_percent' },
    { measureId: 'placed_outside_la_percent' },
    { measureId: 'placed_over_20_miles_percent' },
    { measureId: 'ofsted_good_or_outstanding_percent' },
    { measureId: 'placements_3plus_percent', headline: true },
    { measureId: 'long_term_stability_percent' },
  ],
});
