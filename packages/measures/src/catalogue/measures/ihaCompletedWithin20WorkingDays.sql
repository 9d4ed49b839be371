-- A child who left care before the assessment was due stays in the rows (the drill-through says why) but not the base.
SELECT child_id, in_care_20_working_days AND completed_within_20_working_days AS in_numerator,
       in_care_20_working_days AS in_denominator,
       strftime(started_on, '%Y-%m-%d') AS started_on, strftime(requested_on, '%Y-%m-%d') AS requested_on,
       strftime(completed_on, '%Y-%m-%d') AS completed_on, strftime(due_on, '%Y-%m-%d') AS due_on,
       strftime(ended_on, '%Y-%m-%d') AS ended_on, in_care_20_working_days, completed_within_20_working_days
FROM cohort
