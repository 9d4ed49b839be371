-- rule 112
-- message: Date should be placed for adoption is not a valid date.
-- fields: DATE_INT
-- tables: AD1
-- Only an entered but unreadable date fails; whether the date is required is left to other rules.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child
FROM ad1
WHERE DATE_INT IS NOT NULL AND DATE_INT_date IS NULL
