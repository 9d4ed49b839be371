-- Every child adopted in the period (cohorts/adoptedInPeriod.sql).
SELECT child_id, true AS in_numerator, false AS in_denominator, strftime(adopted_on, '%Y-%m-%d') AS adopted_on, rec
FROM cohort ORDER BY child_id
