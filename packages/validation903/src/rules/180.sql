-- rule 180
-- message: Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.
-- fields: SDQ_SCORE
-- tables: OC2
-- An SDQ total score is a whole number 0-40 (written as 12 or 12.0, as the reference reads numbers).
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE SDQ_SCORE IS NOT NULL AND (NOT regexp_full_match(SDQ_SCORE, '[0-9]+(\.0*)?') OR TRY_CAST(SDQ_SCORE AS DOUBLE) > 40)
