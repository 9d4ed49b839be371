-- Of the children looked after at $periodEnd, the share with three or more placements in the twelve months to it
-- (DfE, LAIT 372; for 31 March, the collection year). A placement counts when it was open on at least one night of
-- those months: those already open at the start and still open at the end included, placements lasting less than a
-- day left out (the placements projection states what a new placement is). Short breaks are not placements here.
SELECT c.child_id, coalesce(p.placements, 0) >= 3 AS in_numerator, true AS in_denominator,
       CAST(coalesce(p.placements, 0) AS INTEGER) AS placements, p.placement_starts
FROM cohort c LEFT JOIN (SELECT p.child_id, count(*) AS placements,
               string_agg(strftime(p.started_on, '%Y-%m-%d'), ' ' ORDER BY p.started_on) AS placement_starts
        FROM placements p
        WHERE p.la_code = $laCode AND p.lasted_a_day
          AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), p.ls), false)
          AND p.started_on <= CAST($periodEnd AS DATE)
          AND (p.ended_on IS NULL OR p.ended_on > CAST(CAST($periodEnd AS DATE) - INTERVAL 1 YEAR + INTERVAL 1 DAY AS DATE))
        GROUP BY p.child_id) p ON p.child_id = c.child_id
ORDER BY c.child_id
