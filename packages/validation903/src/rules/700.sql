-- rule 700
-- message: The start date of the DoLO is not a valid date.
-- fields: DOLO_START
-- tables: DoLo
-- Every deprivation of liberty order has a start, so a blank start is as wrong as an unreadable one (as 1004 reads
-- a missing episode's start).
-- from 2026-27
SELECT 'DoLo' AS table_name, row_no, CHILD AS child
FROM dolo
WHERE DOLO_START_date IS NULL
