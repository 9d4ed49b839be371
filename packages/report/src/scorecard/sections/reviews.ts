import { defineScorecardSection } from '../scorecardSection';

export const reviewsSection = defineScorecardSection({
  id: 'reviews',
  title: 'Reviews and participation',
  prefix: 'R',
  rows: [
    { measureId: 'reviews_held_in_timescale_percent', headline: true },
    { measureId: 'reviews_due_held_in_timescale_percent' },
    { measureId: 'review_participation_percent' },
    { measureId: 'review_attendance_percent' },
    { measureId: 'review_participation_not_recorded_percent' },
    { measureId: 'reviews_chaired_by_child_percent' },
  ],
});
