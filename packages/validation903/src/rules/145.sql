-- rule 145
-- message: Category of need code is not a valid code.
-- fields: CIN
-- tables: Episodes
-- Blank is left to the completeness rules.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE CIN IS NOT NULL AND CIN NOT IN ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8')
