-- Missing (M) and away-without-authorisation (A) incidents: one Missing row each (derive/missing_episodes.sql), of
-- the type its MissingEpisodeStarted coded (a retracted start is no incident; a replaced one is as replaced).
-- Only incidents that began while the child was looked after: an episode open on the start date (started on or
-- before it, not ceased before it: going missing on the day care ends is still in care, as DfE rule 578 allows)
-- that is not a short break ($shortBreakStatuses: V3/V4). A child missing from a short break, or after leaving
-- care, is in no missing figure. The latest episode open that day (a move that day: the new placement) says where
-- the child went missing from: its PLACE as known at the period's end, like lookedAfterAt.
--
-- The incidents of a period: those that started in it (started_in_period: DfE counts incidents in the year by
-- their start), and those that started before it and were still open on its first day (carried_over: DfE's
-- percentage "includes children who were missing ... at 1 April carried over from previous years"; back on the
-- first day is still missing that day, as the return's Missing table reads it). Each measure says which it counts.
-- What happened after $periodEnd is not known at the period's end: an incident ending later is open then
-- (open_at_end; mis_end blank, no duration), as the return reports MIS_END after its cutoff.
--
-- days: DfE counts durations in days, so a few hours one evening is 1 day: the calendar days the incident touched,
-- both ends included (back the same day 1, back the next morning 2). The projection holds dates, not times.
-- Age at the start from the child's date of birth as now known (a corrected DOB restates every period), in DfE's
-- age groups of the missing tables.
WITH incidents AS (
  SELECT m.child_key, m.child_id, m.missing_episode_id, m.missing_type, m.mis_start,
         CASE WHEN m.mis_end <= CAST($periodEnd AS DATE) THEN m.mis_end END AS mis_end,
         e.decom, e.ls, e.place
  FROM missing_episodes m
  JOIN episodes e ON e.child_key = m.child_key AND e.decom <= m.mis_start AND (e.dec IS NULL OR e.dec >= m.mis_start)
  WHERE m.la_code = $laCode AND e.la_code = $laCode
    AND m.mis_start <= CAST($periodEnd AS DATE) AND (m.mis_end IS NULL OR m.mis_end >= CAST($periodStart AS DATE))
  QUALIFY row_number() OVER (PARTITION BY m.child_key, m.missing_episode_id ORDER BY e.decom DESC, e.episode_no DESC) = 1
),
reclassified AS (
  SELECT child_key, decom, arg_max(place, (reclassified_on, log_partition, log_offset)) AS place
  FROM placement_reclassifications
  WHERE la_code = $laCode AND reclassified_on <= CAST($periodEnd AS DATE)
  GROUP BY child_key, decom
),
described AS (
  SELECT i.*, coalesce(r.place, i.place) AS place_on_start,
         CAST(year(i.mis_start) - year(c.date_of_birth)
              - CASE WHEN strftime(i.mis_start, '%m-%d') < strftime(c.date_of_birth, '%m-%d') THEN 1 ELSE 0 END AS INTEGER) AS age_at_start
  FROM incidents i
  LEFT JOIN reclassified r ON r.child_key = i.child_key AND r.decom = i.decom
  LEFT JOIN children c ON c.child_key = i.child_key
  WHERE NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), i.ls), false)
)
SELECT child_id, child_id || '/' || missing_episode_id AS record_id, missing_type,
       strftime(mis_start, '%Y-%m-%d') AS mis_start, strftime(mis_end, '%Y-%m-%d') AS mis_end,
       mis_start >= CAST($periodStart AS DATE) AS started_in_period,
       mis_start < CAST($periodStart AS DATE) AS carried_over,
       mis_end IS NULL AS open_at_end,
       CAST(mis_end - mis_start + 1 AS INTEGER) AS days,
       place_on_start AS place, ls, age_at_start,
       CASE WHEN age_at_start IS NULL THEN NULL
            WHEN age_at_start < 1 THEN 'Under 1'
            WHEN age_at_start < 5 THEN '1 to 4 years'
            WHEN age_at_start < 10 THEN '5 to 9 years'
            WHEN age_at_start < 16 THEN '10 to 15 years'
            ELSE '16 years and over' END AS age_group
FROM described
