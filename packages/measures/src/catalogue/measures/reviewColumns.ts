// The columns the review measures document, stated once: the clock's for timeliness, the day's for participation.

/** A review occasion on the statutory clock (cohorts/reviewOccasions.sql). */
export const REVIEW_CLOCK_COLUMNS = {
  period_started: 'the start of the period of care the review belongs to',
  review_number: 'which review of that period of care it is (1 the first)',
  due_on: 'the date it was due by on the statutory clock',
  held_on: 'the date it was held, blank when not held',
} as const;

export const REVIEW_CLOCK_WITH_TIMESCALE_COLUMNS = {
  ...REVIEW_CLOCK_COLUMNS,
  in_timescale: 'whether it was held on or before the due date',
} as const;

/** A review held, with how the child took part. */
export const REVIEW_PARTICIPATION_COLUMNS = {
  held_on: 'the date the review was held',
  review_code: 'the participation code (PN0-PN7), blank when not recorded',
  age_at_review: 'the child\'s age on the day',
} as const;

/** The statutory clock as a definition sentence reads it. */
export const REVIEW_CLOCK_TEXT = 'the first within 20 working days of becoming looked after (England and Wales bank holidays), the second within 3 months of the first, each later one within 6 months of the one before, each counted from the review actually held; a new period of care restarts the clock; short breaks are not on it';
