-- rule 166
-- message: Date of review is invalid or blank.
-- fields: REVIEW
-- tables: Reviews
-- from 2023-24
SELECT 'Reviews' AS table_name, row_no, CHILD AS child FROM reviews WHERE REVIEW_date IS NULL
