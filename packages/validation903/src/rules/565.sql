-- rule 565
-- message: The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.
-- fields: MISSING, MIS_START
-- tables: Missing
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MIS_START IS NOT NULL AND MISSING IS NULL
