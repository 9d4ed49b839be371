-- rule 1004
-- message: The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.
-- fields: MIS_START
-- tables: Missing
-- Every missing/away episode has a start, so a blank start is as wrong as an unreadable one.
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MIS_START_date IS NULL
