-- Placement moves from $periodStart to $periodEnd, one row per move: each placement (the placements projection:
-- what DfE counts as a new placement) that began in the period with a move rather than with the start of a period of
-- care. So becoming looked after, a change of legal status alone, being placed for adoption with the current foster
-- carers, and a temporary placement with the return from it are not moves; a move with the same carers (RNE T/U)
-- is. Moves while on a short break ($shortBreakStatuses: V3/V4) are left out.
SELECT p.child_id, p.child_id || '/' || p.placement_no AS record_id, p.started_on AS moved_on, p.rne, p.place
FROM placements p
WHERE p.la_code = $laCode AND p.rne <> 'S'
  AND p.started_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
  AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), p.ls), false)
