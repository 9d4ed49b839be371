-- rule 143
-- message: The reason for new episode code is not a valid code.
-- fields: RNE
-- tables: Episodes
-- Blank is left to the completeness rules.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE RNE IS NOT NULL AND RNE NOT IN ('S', 'P', 'L', 'T', 'U', 'B')
