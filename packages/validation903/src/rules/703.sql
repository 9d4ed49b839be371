-- rule 703
-- message: The date that the DoLO started is after the end of the collection year.
-- fields: DOLO_START
-- tables: DoLo
-- from 2026-27
SELECT 'DoLo' AS table_name, row_no, CHILD AS child
FROM dolo
WHERE DOLO_START_date > collection_end()
