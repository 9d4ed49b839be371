-- Offences by children while looked after (Cheshire East P5.4, P5.6): each offence fact (a conviction or youth
-- caution, OffenceRecorded) dated in the period, of a child looked after during it; one row per offence.
SELECT h.child_id, h.event_id AS record_id, true AS in_numerator, false AS in_denominator,
       strftime(h.outcome_date, '%Y-%m-%d') AS offence_on, h.offence_outcome
FROM health_outcomes h
WHERE h.la_code = $laCode AND h.outcome = 'offence'
  AND h.outcome_date BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
  AND h.child_id IN (SELECT child_id FROM cohort)
ORDER BY h.child_id, record_id
