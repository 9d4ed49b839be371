-- Children looked after during the period with at least one offence dated in it (Cheshire East P5.6).
SELECT c.child_id, true AS in_numerator, false AS in_denominator, o.offences, strftime(o.first_offence_on, '%Y-%m-%d') AS first_offence_on
FROM cohort c
JOIN (SELECT child_id, CAST(count(*) AS INTEGER) AS offences, min(outcome_date) AS first_offence_on FROM health_outcomes
      WHERE la_code = $laCode AND outcome = 'offence' AND outcome_date BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
      GROUP BY child_id) o ON o.child_id = c.child_id
ORDER BY c.child_id
