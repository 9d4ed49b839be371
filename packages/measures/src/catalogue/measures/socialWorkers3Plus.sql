-- DfE social worker stability: of the children looked after at $periodEnd, those who had three or more different
-- social workers in the twelve months to it (for 31 March, the collection year). A worker counts when one of their
-- allocations (social_worker_episodes, which keeps allocations made while the child was not looked after, as DfE
-- counts them) was open on at least one day of those months: begun on or before the date and not ended before the
-- first day (one ending on the first day was open that day, as the return's SWEpisodes holds it). Workers are
-- told apart by SW_ID; one allocated twice is one worker.
SELECT c.child_id, coalesce(w.social_workers, 0) >= 3 AS in_numerator, true AS in_denominator,
       CAST(coalesce(w.social_workers, 0) AS INTEGER) AS social_workers, w.allocated_from
FROM cohort c
LEFT JOIN (
  SELECT child_id, count(*) AS social_workers,
         string_agg(strftime(first_allocated, '%Y-%m-%d'), ' ' ORDER BY first_allocated) AS allocated_from
  FROM (SELECT s.child_id, s.social_worker_id, min(s.sw_decom) AS first_allocated
        FROM social_worker_episodes s
        WHERE s.la_code = $laCode AND s.sw_decom <= CAST($periodEnd AS DATE)
          AND (s.sw_dec IS NULL OR s.sw_dec >= CAST(CAST($periodEnd AS DATE) - INTERVAL 1 YEAR + INTERVAL 1 DAY AS DATE))
        GROUP BY s.child_id, s.social_worker_id)
  GROUP BY child_id
) w ON w.child_id = c.child_id
ORDER BY c.child_id
