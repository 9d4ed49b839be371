-- Of the reviews held in the period of children aged 4 and over on the day (not PN0; a child whose date of birth
-- is not known counts unless coded PN0), those where the child participated: PN1 to PN6 (in person, through an advocate or by another means).
-- A review with no code stays in the denominator: not recording participation is not participation.
SELECT child_id, record_id, coalesce(review_code IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6'), false) AS in_numerator, true AS in_denominator,
       strftime(held_on, '%Y-%m-%d') AS held_on, review_code, age_at_review
FROM cohort
WHERE held_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
  AND coalesce(age_at_review >= 4, true) AND review_code IS DISTINCT FROM 'PN0'
ORDER BY child_id, record_id
