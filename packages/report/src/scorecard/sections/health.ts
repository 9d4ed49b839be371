import { defineScorecardSection } from '../scorecardSection';

export const healthSection = defineScorecardSection({
  id: 'health',
  title: 'Health',
  prefix: 'H',
  rows: [
    { measureId: 'iha_requested_within_48_hours_percent' },
    { measureId: 'iha_completed_within_20_working_days_percent' },
    { measureId: 'oc2_health_assessment_percent' },
    { measureId: 'oc2_dental_check_percent' },
    { measureId: 'oc2_immunisations_percent' },
    { measureId: 'oc2_sdq_concern_percent' },
    { measureId: 'oc2_sdq_concern_20_percent' },
  ],
});
