-- OC2: one row per child looked after continuously for at least 12 months at 31 March, by the DfE's operational rule
-- (validation rules 2021-22, as the DfE validator implements it): in care at the cutoff in a period of care that began
-- on or before 1 April, so no start after 1 April and no cease in the year, and no short-break (V3/V4) episode ending
-- after 1 April or open. A period starting on 1 April counts (LAIT notes this DfE edge); one starting on 2 April is a
-- day short. Mid-year (cutoff before 31 March) the cohort is provisional: continuously in care from 1 April to the
-- cutoff. Ages are at 31 March.
--
-- Values, from the facts dated 1 April to the cutoff unless said otherwise ('1' yes, '0' no, blank = not applicable
-- or not known):
--   HEALTH_ASSESSMENT: '1' if the assessments the year needs were carried out: two for a child under 5 at 31 March
--     (health assessments are six-monthly under 5, annual from 5), one otherwise; else '0'. An initial health
--     assessment (iha_completed) is a health assessment. TEETH_CHECK: '1' if one was carried out in the year, else
--     '0'. (A check not recorded was not done: DfE counts declined ones as not done.)
--   HEALTH_CHECK: development assessment in the year, for children under 5 at 31 March; blank from 5 (rules 545/546).
--   IMMUNISATIONS: the latest review on or before the cutoff, whenever it was; blank if never reviewed (unknown is
--     not "not up to date": rule 191 then flags the gap).
--   SDQ_SCORE / SDQ_REASON: the latest SDQ in the year, for children aged 4 or over at 31 March and under 17 on
--     1 April (rules 188/189 forbid it outside those ages); blank when none was recorded (careledger does not
--     invent SDQ4) or outside those ages.
--   CONVICTED: '1' for a conviction or youth caution in the year, else '0', for children aged 10 or over at 31 March
--     (the age of criminal responsibility, DfE's 10-17 measure); blank under 10.
--   SUBSTANCE_MISUSE: '1' if identified in the year, else '0'. INTERVENTION_RECEIVED: '1' if any identification in
--     the year had an intervention received, else '0'; INTERVENTION_OFFERED: when none was received, '1' if one was
--     offered and refused. Both blank when no substance misuse was identified (rule 193), OFFERED blank when one was
--     received (rule 158).
WITH bounds AS (
  SELECT CAST($yearStart AS DATE) AS year_start, CAST($cutoff AS DATE) AS cutoff,
         CAST(CAST($yearStart AS DATE) + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE) AS year_end
),
periods AS (
  SELECT e.child_key, any_value(e.child_id) AS child_id, e.period_no, min(e.decom) AS start_date,
         CASE WHEN bool_or(e.dec IS NULL) THEN NULL ELSE max(e.dec) END AS end_date,
         bool_or(e.ls IN ('V3', 'V4') AND (e.dec IS NULL OR e.dec > b.year_start)) AS short_breaks
  FROM episodes e, bounds b
  WHERE e.la_code = $laCode
  GROUP BY e.child_key, e.period_no
),
cohort AS (
  SELECT DISTINCT p.child_key, p.child_id FROM periods p, bounds b
  WHERE p.start_date <= b.year_start AND (p.end_date IS NULL OR p.end_date > b.cutoff) AND NOT p.short_breaks
),
outcomes AS (
  SELECT h.child_key,
         count(*) FILTER (WHERE h.outcome IN ('health_assessment', 'iha_completed') AND h.outcome_date >= b.year_start) AS assessments,
         bool_or(h.outcome = 'dental_check' AND h.outcome_date >= b.year_start) AS dental_checked,
         bool_or(h.outcome = 'development_assessment' AND h.outcome_date >= b.year_start) AS development_assessed,
         bool_or(h.outcome = 'offence' AND h.outcome_date >= b.year_start) AS offended,
         arg_max(h.immunisations_up_to_date, (h.outcome_date, h.log_partition, h.log_offset)) FILTER (WHERE h.outcome = 'immunisations') AS immunised,
         arg_max({'score': h.sdq_score, 'reason': h.sdq_reason}, (h.outcome_date, h.log_partition, h.log_offset))
           FILTER (WHERE h.outcome = 'sdq' AND h.outcome_date >= b.year_start) AS sdq,
         bool_or(h.outcome = 'substance_misuse' AND h.outcome_date >= b.year_start) AS misuse,
         bool_or(h.intervention_received) FILTER (WHERE h.outcome = 'substance_misuse' AND h.outcome_date >= b.year_start) AS received,
         bool_or(h.intervention_offered_but_refused) FILTER (WHERE h.outcome = 'substance_misuse' AND h.outcome_date >= b.year_start) AS refused
  FROM health_outcomes h, bounds b
  WHERE h.la_code = $laCode AND h.outcome_date <= b.cutoff
  GROUP BY h.child_key
),
children_in_cohort AS (
  SELECT c.child_id, ch.date_of_birth, o.*,
         -- Age in whole years on a day: a birthday on 29 February is reached on 1 March in other years.
         year(b.year_end) - year(ch.date_of_birth) - CASE WHEN strftime(b.year_end, '%m-%d') < strftime(ch.date_of_birth, '%m-%d') THEN 1 ELSE 0 END AS age_at_end,
         year(b.year_start) - year(ch.date_of_birth) - CASE WHEN strftime(b.year_start, '%m-%d') < strftime(ch.date_of_birth, '%m-%d') THEN 1 ELSE 0 END AS age_at_start
  FROM cohort c
  CROSS JOIN bounds b
  LEFT JOIN children ch ON ch.child_key = c.child_key
  LEFT JOIN outcomes o ON o.child_key = c.child_key
)
SELECT child_id AS "CHILD", strftime(date_of_birth, '%Y-%m-%d') AS "DOB",
       CASE WHEN age_at_end >= 4 AND age_at_start < 17 THEN CAST(sdq.score AS VARCHAR) END AS "SDQ_SCORE",
       CASE WHEN age_at_end >= 4 AND age_at_start < 17 THEN sdq.reason END AS "SDQ_REASON",
       CASE WHEN age_at_end >= 10 THEN CASE WHEN offended THEN '1' ELSE '0' END END AS "CONVICTED",
       CASE WHEN age_at_end < 5 THEN CASE WHEN development_assessed THEN '1' ELSE '0' END END AS "HEALTH_CHECK",
       CASE WHEN immunised THEN '1' WHEN NOT immunised THEN '0' END AS "IMMUNISATIONS",
       CASE WHEN dental_checked THEN '1' ELSE '0' END AS "TEETH_CHECK",
       CASE WHEN coalesce(assessments, 0) >= CASE WHEN age_at_end < 5 THEN 2 ELSE 1 END THEN '1' ELSE '0' END AS "HEALTH_ASSESSMENT",
       CASE WHEN misuse THEN '1' ELSE '0' END AS "SUBSTANCE_MISUSE",
       CASE WHEN misuse THEN CASE WHEN received THEN '1' ELSE '0' END END AS "INTERVENTION_RECEIVED",
       CASE WHEN misuse AND NOT received THEN CASE WHEN refused THEN '1' ELSE '0' END END AS "INTERVENTION_OFFERED"
FROM children_in_cohort
ORDER BY child_id
