-- rule 113
-- message: Date matching child and adopter(s) is not a valid date.
-- fields: DATE_MATCH
-- tables: AD1
-- Only an entered but unreadable date fails; whether the date is required is left to other rules.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child
FROM ad1
WHERE DATE_MATCH IS NOT NULL AND DATE_MATCH_date IS NULL
