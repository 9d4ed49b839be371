-- Thurrock's short-term stability (T-10): of the children looked after at $periodEnd, those with three or more
-- placement moves from $periodStart to $periodEnd (the financial year, or the year to date). Moves, not placements:
-- a child who came into care in the year and moved twice has three placements but two moves.
SELECT child_id, moves >= 3 AS in_numerator, true AS in_denominator, moves, move_dates
FROM cohort
ORDER BY child_id
