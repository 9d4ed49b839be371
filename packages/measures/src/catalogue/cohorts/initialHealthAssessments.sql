-- Initial health assessments (Promoting the health and well-being of looked-after children, 2015): the children who
-- started to be looked after in the period (started_in_period: its first start, short breaks V3/V4 left out), each
-- with the first IHA request and the first IHA carried out in that period of care, from the day it began to the day
-- it ended (a fact on the day care ended still belongs to it, as a review does), whenever they were recorded.
--
-- due_on is the 20th working day after the start (England and Wales bank holidays: working_day_calendar); the start
-- day itself never counts. in_care_20_working_days: the child had not ceased to be looked after by due_on (ceasing
-- on the due day is not being in care on it), so the assessment was due while they were in care.
WITH started AS (
  SELECT s.child_id, e.child_key, e.period_no, CAST(s.started_on AS DATE) AS started_on
  FROM started_in_period s
  JOIN episodes e ON e.la_code = $laCode AND e.child_id = s.child_id AND e.rne = 'S' AND e.decom = CAST(s.started_on AS DATE)
),
period_ends AS (
  SELECT e.child_key, e.period_no, CASE WHEN bool_or(e.dec IS NULL) THEN NULL ELSE max(e.dec) END AS ended_on
  FROM episodes e
  JOIN started s ON s.child_key = e.child_key AND s.period_no = e.period_no
  WHERE e.la_code = $laCode
  GROUP BY e.child_key, e.period_no
),
assessments AS (
  SELECT s.child_key,
         min(h.outcome_date) FILTER (WHERE h.outcome = 'iha_requested') AS requested_on,
         min(h.outcome_date) FILTER (WHERE h.outcome = 'iha_completed') AS completed_on
  FROM started s
  JOIN period_ends p ON p.child_key = s.child_key AND p.period_no = s.period_no
  JOIN health_outcomes h ON h.la_code = $laCode AND h.child_key = s.child_key
   AND h.outcome IN ('iha_requested', 'iha_completed')
   AND h.outcome_date >= s.started_on AND (p.ended_on IS NULL OR h.outcome_date <= p.ended_on)
  GROUP BY s.child_key
)
SELECT s.child_id, s.started_on, a.requested_on, a.completed_on, due.day AS due_on, p.ended_on,
       coalesce(date_diff('day', s.started_on, a.requested_on) <= 2, false) AS requested_within_2_days,
       coalesce(a.completed_on <= due.day, false) AS completed_within_20_working_days,
       p.ended_on IS NULL OR p.ended_on > due.day AS in_care_20_working_days
FROM started s
JOIN period_ends p ON p.child_key = s.child_key AND p.period_no = s.period_no
LEFT JOIN assessments a ON a.child_key = s.child_key
JOIN working_day_calendar entered ON entered.day = s.started_on
JOIN working_day_calendar due ON due.working_days_to = entered.working_days_to + 20 AND due.is_working_day
