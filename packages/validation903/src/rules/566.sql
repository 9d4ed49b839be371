-- rule 566
-- message: The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.
-- fields: MISSING, MIS_END
-- tables: Missing
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MIS_END IS NOT NULL AND MISSING IS NULL
