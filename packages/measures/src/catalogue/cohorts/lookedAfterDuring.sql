-- Children looked after at any time from $periodStart to $periodEnd (DfE, anchors 2.5; the denominator of the
-- missing measures): one of their episodes, not a short break ($shortBreakStatuses: V3/V4), started on or before
-- the period's end and had not ceased before its start. An episode ceasing on the first day counts (the child was
-- looked after that day and ceased in the period), as the return's in-year rule reads it (return/inYear.sql).
-- Described by the start of the first such episode and whether the child was still looked after at the period's
-- end (an episode open after it; ceasing on the last day is not being looked after at the end).
SELECT e.child_id,
       strftime(min(e.decom), '%Y-%m-%d') AS first_episode_started,
       bool_or(e.dec IS NULL OR e.dec > CAST($periodEnd AS DATE)) AS looked_after_at_end
FROM episodes e
WHERE e.la_code = $laCode
  AND e.decom <= CAST($periodEnd AS DATE) AND (e.dec IS NULL OR e.dec >= CAST($periodStart AS DATE))
  AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), e.ls), false)
GROUP BY e.child_id
