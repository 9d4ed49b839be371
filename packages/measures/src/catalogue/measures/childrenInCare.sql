-- Every child looked after on the date is in the figure (cohorts/lookedAfterAt.sql states who they are).
SELECT child_id, true AS in_numerator, false AS in_denominator, episode_started, ls, place, uasc
FROM cohort
ORDER BY child_id
