-- Every child looked after on the date is considered; those who were UASC on it are in the figure. A child whose
-- status ended before the date shows its end in uasc_ends, and is not in it.
SELECT child_id, uasc AS in_numerator, false AS in_denominator, episode_started, ls, place, uasc_ends
FROM cohort
ORDER BY child_id
