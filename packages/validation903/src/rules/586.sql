-- rule 586
-- message: Dates of missing periods are before child’s date of birth.
-- fields: MIS_START
-- tables: Missing
-- As the reference, a start on the day of birth also fails, using the DOB the Missing table carries.
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MIS_START_date <= DOB_date
