-- DfE's stability publication: of the children looked after at $periodEnd who had been looked after continuously
-- for at least two years, those with three or more placements in the two years to the date (a placement counts as
-- in placements3Plus.sql: open on at least one night of the window, lasting a day or more, not a short break).
SELECT c.child_id,
       coalesce(c.period_started <= CAST(CAST($periodEnd AS DATE) - INTERVAL 2 YEAR AS DATE) AND p.placements >= 3, false) AS in_numerator,
       coalesce(c.period_started <= CAST(CAST($periodEnd AS DATE) - INTERVAL 2 YEAR AS DATE), false) AS in_denominator,
       strftime(c.period_started, '%Y-%m-%d') AS period_started,
       CAST(coalesce(p.placements, 0) AS INTEGER) AS placements, p.placement_starts
FROM cohort c LEFT JOIN (SELECT p.child_id, count(*) AS placements,
               string_agg(strftime(p.started_on, '%Y-%m-%d'), ' ' ORDER BY p.started_on) AS placement_starts
        FROM placements p
        WHERE p.la_code = $laCode AND p.lasted_a_day
          AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), p.ls), false)
          AND p.started_on <= CAST($periodEnd AS DATE)
          AND (p.ended_on IS NULL OR p.ended_on > CAST(CAST($periodEnd AS DATE) - INTERVAL 2 YEAR + INTERVAL 1 DAY AS DATE))
        GROUP BY p.child_id) p ON p.child_id = c.child_id
ORDER BY c.child_id
