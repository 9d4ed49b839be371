import { defineScorecardSection } from '../scorecardSection';

export const careLeaversSection = defineScorecardSection({
  id: 'careLeavers',
  title: 'Care leavers',
  prefix: 'L',
  rows: [
    { measureId: 'care_leavers_all', headline: true },
    { measureId: 'care_leavers_eligible' },
    { measureId: 'care_leavers_relevant' },
    { measureId: 'care_leavers_former_relevant' },
    { measureId: 'care_leavers_19_21_in_touch_percent' },
    { measureId: 'care_leavers_19_21_eet_percent' },
    { measureId: 'care_leavers_19_21_neet_percent' },
    { measureId: 'care_leavers_19_21_suitable_accommodation_percent' },
    { measureId: 'care_leavers_19_21_higher_education_percent' },
  ],
});
