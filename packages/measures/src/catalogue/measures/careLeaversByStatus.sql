-- The young people whose status on the date (cohorts/careLeaverStatusAt.sql states it) is one of $statuses.
SELECT child_id, true AS in_numerator, false AS in_denominator,
       strftime(date_of_birth, '%Y-%m-%d') AS date_of_birth, age, status, qualifying_days, looked_after,
       strftime(last_ceased_on, '%Y-%m-%d') AS last_ceased_on, last_rec
FROM cohort
WHERE status IN ($statuses)
ORDER BY child_id
