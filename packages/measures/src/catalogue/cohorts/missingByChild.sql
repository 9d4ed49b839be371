-- Every child looked after during the period (looked_after_during: cohorts/lookedAfterDuring.sql) with their
-- missing and away incidents of the period (missing_incidents: cohorts/missingIncidents.sql), one row per child:
-- the incidents of each type that started in the period, whether one was carried over into it (open on its first
-- day), the first start in it, and for missing (M) the most incidents started in one calendar month of the period
-- (Cheshire East P2.7's quarterly reading) with that month (the earliest, when months tie). A child whose only
-- incidents fall outside their care (a short break, after leaving) has none here.
-- Counts are INTEGER, so rows carry numbers, not bigints.
WITH by_month AS (
  SELECT child_id, substr(mis_start, 1, 7) AS month, CAST(count(*) AS INTEGER) AS incidents
  FROM missing_incidents
  WHERE missing_type = 'M' AND started_in_period
  GROUP BY child_id, month
),
busiest AS (
  SELECT child_id, arg_min(month, (-incidents, month)) AS busiest_month, max(incidents) AS most_missing_in_a_month
  FROM by_month
  GROUP BY child_id
),
per_child AS (
  SELECT child_id,
         CAST(count(*) FILTER (WHERE missing_type = 'M' AND started_in_period) AS INTEGER) AS missing_incidents,
         CAST(count(*) FILTER (WHERE missing_type = 'A' AND started_in_period) AS INTEGER) AS away_incidents,
         bool_or(missing_type = 'M' AND carried_over) AS missing_carried_over,
         bool_or(missing_type = 'A' AND carried_over) AS away_carried_over,
         min(mis_start) FILTER (WHERE missing_type = 'M' AND started_in_period) AS first_missing_start,
         min(mis_start) FILTER (WHERE missing_type = 'A' AND started_in_period) AS first_away_start
  FROM missing_incidents
  GROUP BY child_id
)
SELECT l.child_id, l.first_episode_started, l.looked_after_at_end,
       coalesce(p.missing_incidents, 0) AS missing_incidents, coalesce(p.away_incidents, 0) AS away_incidents,
       coalesce(p.missing_carried_over, false) AS missing_carried_over, coalesce(p.away_carried_over, false) AS away_carried_over,
       p.first_missing_start, p.first_away_start,
       coalesce(b.most_missing_in_a_month, 0) AS most_missing_in_a_month, b.busiest_month
FROM looked_after_during l
LEFT JOIN per_child p ON p.child_id = l.child_id
LEFT JOIN busiest b ON b.child_id = l.child_id
