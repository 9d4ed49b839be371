-- rule 612
-- message: Date of birth field has been completed but mother field indicates child is not a mother.
-- fields: MC_DOB, MOTHER, SEX
-- tables: Header
-- Any MC_DOB text counts as completed, valid date or not. Female is SEX 2 until 2023-24 and F from 2024-25.
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE (MOTHER = '0' OR MOTHER IS NULL) AND SEX = '2' AND MC_DOB IS NOT NULL
-- from 2024-25
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE (MOTHER = '0' OR MOTHER IS NULL) AND SEX = 'F' AND MC_DOB IS NOT NULL
