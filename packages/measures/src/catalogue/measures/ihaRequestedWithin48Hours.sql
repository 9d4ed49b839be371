-- Every child who started in the period is in the base, whether or not a request was ever recorded.
SELECT child_id, requested_within_2_days AS in_numerator, true AS in_denominator,
       strftime(started_on, '%Y-%m-%d') AS started_on, strftime(requested_on, '%Y-%m-%d') AS requested_on,
       strftime(completed_on, '%Y-%m-%d') AS completed_on, strftime(due_on, '%Y-%m-%d') AS due_on,
       requested_within_2_days
FROM cohort
