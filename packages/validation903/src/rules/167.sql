-- rule 167
-- message: Data entry for participation is invalid or blank.
-- fields: REVIEW_CODE
-- tables: Reviews
-- A review needs a valid participation code (PN0-PN7); a code without a review date fails too.
-- from 2023-24
SELECT 'Reviews' AS table_name, row_no, CHILD AS child FROM reviews
WHERE (REVIEW IS NOT NULL AND (REVIEW_CODE IS NULL OR REVIEW_CODE NOT IN ('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')))
   OR (REVIEW IS NULL AND REVIEW_CODE IS NOT NULL)
