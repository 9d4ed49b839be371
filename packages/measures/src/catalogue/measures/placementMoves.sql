-- Thurrock's "moves" (a local count): every placement move in the period, one row each: a placement that began with
-- a move (not the start of a period of care) from $periodStart to $periodEnd; short breaks left out.
SELECT p.child_id, p.child_id || '/' || p.placement_no AS record_id, true AS in_numerator, false AS in_denominator,
       strftime(p.started_on, '%Y-%m-%d') AS moved_on, p.rne, p.place
FROM placements p
WHERE p.la_code = $laCode AND p.rne <> 'S'
  AND p.started_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
  AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), p.ls), false)
  AND p.child_id IN (SELECT child_id FROM cohort)
ORDER BY record_id
