-- rule 620
-- message: Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.
-- fields: DOB, MOTHER
-- tables: Header
-- The age is taken at the start of the collection year, as the reference does.
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE MOTHER = '1' AND CAST(DOB_date + INTERVAL 11 YEAR AS DATE) > collection_start()
