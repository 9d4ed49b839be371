-- PlacedAdoption: every decision that a child in the return should be placed for adoption that was in force at some
-- time between 1 April and the cutoff: made by the cutoff, and not reversed nor ended by the adoption before 1 April
-- (a decision reversed or acted on in an earlier year was reported then, rule 559). DATE_PLACED_CEASED and
-- REASON_PLACED_CEASED are the reversal's when it was decided by the cutoff (rule 522: on or after DATE_PLACED); an
-- adoption leaves them blank (rule 558). A child adopted in the year keeps the decision that led to it (AD1's
-- DATE_INT, rule 523).
SELECT a.child_id AS "CHILD", strftime(c.date_of_birth, '%Y-%m-%d') AS "DOB",
       strftime(a.decision_date, '%Y-%m-%d') AS "DATE_PLACED",
       CASE WHEN a.reversed_on <= CAST($cutoff AS DATE) THEN strftime(a.reversed_on, '%Y-%m-%d') END AS "DATE_PLACED_CEASED",
       CASE WHEN a.reversed_on <= CAST($cutoff AS DATE) THEN a.reversal_reason END AS "REASON_PLACED_CEASED"
FROM adoption_decisions a
JOIN in_year_children c ON c.child_id = a.child_id
WHERE a.la_code = $laCode AND a.decision_date <= CAST($cutoff AS DATE)
  AND (a.reversed_on IS NULL OR a.reversed_on >= CAST($yearStart AS DATE))
  AND (a.adopted_on IS NULL OR a.adopted_on >= CAST($yearStart AS DATE))
ORDER BY a.child_id, a.decision_date
