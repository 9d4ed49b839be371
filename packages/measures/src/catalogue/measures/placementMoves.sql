-- Thurrock's "moves" (a local count): every placement move in the period, one row each (the placementMovesInPeriod
-- cohort says what a move is).
SELECT child_id, record_id, true AS in_numerator, false AS in_denominator,
       strftime(moved_on, '%Y-%m-%d') AS moved_on, rne, place
FROM cohort
ORDER BY record_id
