-- rule 1006
-- message: Missing type invalid.
-- fields: MISSING
-- tables: Missing
-- M = missing, A = away without authorisation. A blank type is left to other rules, as the DfE does.
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MISSING IS NOT NULL AND MISSING NOT IN ('M', 'A')
