-- rule 440
-- message: Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.
-- fields: DOB, REVIEW, REVIEW_CODE
-- tables: Reviews
-- PN0 is only for a child under 4 on the review date. careledger counts the 4th birthday itself as aged 4 (the
-- reference fails only after it), as the message says "4 years old or over".
-- from 2023-24
SELECT 'Reviews' AS table_name, row_no, CHILD AS child
FROM reviews
WHERE REVIEW_CODE = 'PN0' AND DOB_date IS NOT NULL AND REVIEW_date IS NOT NULL AND age_on(DOB_date, REVIEW_date) >= 4
