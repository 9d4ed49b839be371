-- rule 102
-- message: Date of birth is not a valid date.
-- fields: DOB
-- tables: Header
-- Every child needs a date of birth, so a blank one fails too.
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE DOB_date IS NULL
