-- rule 567
-- message: The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.
-- fields: MIS_END, MIS_START
-- tables: Missing
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MIS_END_date < MIS_START_date
