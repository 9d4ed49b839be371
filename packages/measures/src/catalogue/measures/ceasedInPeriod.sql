-- Every child whose last cease in the period is in cohorts/ceasedInPeriod.sql is in the figure, with its reason.
SELECT child_id, true AS in_numerator, false AS in_denominator, ceased_on, rec, ls, period_started
FROM cohort
ORDER BY child_id
