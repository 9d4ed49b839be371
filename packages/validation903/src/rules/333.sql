-- rule 333
-- message: Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).
-- fields: DATE_INT
-- tables: AD1
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1 WHERE DATE_INT_date > DATE_MATCH_date
