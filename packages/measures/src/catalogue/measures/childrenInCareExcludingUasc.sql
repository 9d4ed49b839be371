-- Every child looked after on the date is considered; those who were not UASC on it are in the figure, so the
-- drill-through shows the UASC children it left out.
SELECT child_id, NOT uasc AS in_numerator, false AS in_denominator, episode_started, ls, place, uasc, uasc_ends
FROM cohort
ORDER BY child_id
