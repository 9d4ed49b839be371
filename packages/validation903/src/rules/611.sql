-- rule 611
-- message: Date of birth field is blank, but child is a mother.
-- fields: MC_DOB, MOTHER
-- tables: Header
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE MOTHER = '1' AND MC_DOB IS NULL
