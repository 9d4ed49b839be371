-- The statutory review clock (Care Planning, Placement and Case Review (England) Regulations 2010, reg 33): in each
-- period of care the first review is due within 20 working days of the day the child became looked after (England
-- and Wales bank holidays: working_day_calendar), the second within 3 months of the first, each later one within 6
-- months of the one before. Each review is due from the review actually held before it, so an early review brings
-- the next one forward and a late one moves it back; a new period of care starts the clock again at its first
-- review. A period made only of short breaks (V3/V4) has no reviews on this clock.
--
-- One row per review occasion: each review held in a period of care (several on one day are one review), then the
-- next review the period is waiting for, while the child is still looked after on the day it falls due. A review
-- held outside every period of care is on no clock.
WITH periods AS (
  SELECT child_key, any_value(child_id) AS child_id, period_no, min(decom) AS started_on,
         CASE WHEN bool_or(dec IS NULL) THEN NULL ELSE max(dec) END AS ended_on
  FROM episodes
  WHERE la_code = $laCode
  GROUP BY child_key, period_no
  HAVING bool_or(NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), ls), false))
),
reviews_by_day AS (
  SELECT child_key, review_date, arg_min(review_code, event_id) AS review_code, bool_or(chaired_by_child) AS chaired_by_child
  FROM reviews
  WHERE la_code = $laCode
  GROUP BY child_key, review_date
),
held AS (
  SELECT p.child_key, p.child_id, p.period_no, p.started_on, p.ended_on, r.review_date, r.review_code, r.chaired_by_child,
         row_number() OVER (PARTITION BY p.child_key, p.period_no ORDER BY r.review_date) AS review_number,
         lag(r.review_date) OVER (PARTITION BY p.child_key, p.period_no ORDER BY r.review_date) AS previous_held_on
  FROM periods p
  JOIN reviews_by_day r ON r.child_key = p.child_key
   AND r.review_date >= p.started_on AND (p.ended_on IS NULL OR r.review_date <= p.ended_on)
),
awaited AS (
  SELECT p.child_key, p.child_id, p.period_no, p.started_on, p.ended_on, CAST(NULL AS DATE) AS review_date,
         CAST(NULL AS VARCHAR) AS review_code, CAST(NULL AS BOOLEAN) AS chaired_by_child,
         coalesce(h.reviews_held, 0) + 1 AS review_number, h.last_held_on AS previous_held_on
  FROM periods p
  LEFT JOIN (SELECT child_key, period_no, count(*) AS reviews_held, max(review_date) AS last_held_on FROM held GROUP BY child_key, period_no) h
    ON h.child_key = p.child_key AND h.period_no = p.period_no
),
clocked AS (
  SELECT o.*,
         CASE WHEN o.review_number = 1 THEN due_first.day
              WHEN o.review_number = 2 THEN CAST(o.previous_held_on + INTERVAL 3 MONTH AS DATE)
              ELSE CAST(o.previous_held_on + INTERVAL 6 MONTH AS DATE) END AS due_on
  FROM (SELECT * FROM held UNION ALL BY NAME SELECT * FROM awaited) o
  LEFT JOIN working_day_calendar entered ON entered.day = o.started_on
  LEFT JOIN working_day_calendar due_first ON due_first.working_days_to = entered.working_days_to + 20 AND due_first.is_working_day
),
birth_dates AS (
  SELECT child_key, any_value(date_of_birth) AS date_of_birth FROM children WHERE la_code = $laCode GROUP BY child_key
)
SELECT c.child_id,
       c.child_id || ':' || strftime(c.started_on, '%Y-%m-%d') || ':' || c.review_number AS record_id,
       strftime(c.started_on, '%Y-%m-%d') AS period_started,
       CAST(c.review_number AS INTEGER) AS review_number,
       c.due_on,
       c.review_date AS held_on,
       c.review_date IS NOT NULL AND c.review_date <= c.due_on AS in_timescale,
       c.review_code,
       c.chaired_by_child,
       CASE WHEN c.review_date IS NOT NULL AND b.date_of_birth IS NOT NULL THEN
         CAST(date_diff('year', b.date_of_birth, c.review_date) AS INTEGER)
         - CASE WHEN strftime(c.review_date, '%m-%d') < strftime(b.date_of_birth, '%m-%d') THEN 1 ELSE 0 END
       END AS age_at_review
FROM clocked c
LEFT JOIN birth_dates b ON b.child_key = c.child_key
-- The awaited review counts only if the child is still looked after on the day it falls due.
WHERE c.review_date IS NOT NULL OR c.ended_on IS NULL OR c.due_on < c.ended_on
