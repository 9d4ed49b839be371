-- rule 144
-- message: The legal status code is not a valid code.
-- fields: LS
-- tables: Episodes
-- Blank is left to the completeness rules.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS IS NOT NULL AND LS NOT IN ('C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3')
