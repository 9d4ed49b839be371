-- rule 174
-- message: Mother's child date of birth is recorded but sex shows that the child is a male.
-- fields: MC_DOB, SEX
-- tables: Header
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child FROM header WHERE SEX = '1' AND MC_DOB IS NOT NULL
-- from 2024-25
-- The 2025 schema recodes sex as M/F/U.
SELECT 'Header' AS table_name, row_no, CHILD AS child FROM header WHERE SEX = 'M' AND MC_DOB IS NOT NULL
