-- Every child whose first start in the period is in cohorts/startedInPeriod.sql is in the figure.
SELECT child_id, true AS in_numerator, false AS in_denominator, started_on, ls, cin, place
FROM cohort
ORDER BY child_id
