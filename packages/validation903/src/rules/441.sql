-- rule 441
-- message: Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.
-- fields: DOB, REVIEW, REVIEW_CODE
-- tables: Reviews
-- PN1-PN7 are for a child aged 4 or over on the review date.
-- from 2023-24
SELECT 'Reviews' AS table_name, row_no, CHILD AS child
FROM reviews
WHERE REVIEW_CODE IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
  AND DOB_date IS NOT NULL AND REVIEW_date IS NOT NULL AND age_on(DOB_date, REVIEW_date) < 4
