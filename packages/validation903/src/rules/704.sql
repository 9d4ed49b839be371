-- rule 704
-- message: The date that the DoLO ended is before the start or after the end of the collection year.
-- fields: DOLO_END
-- tables: DoLo
-- An order ended before 1 April was not in force in the year, so it has no place in the return.
-- from 2026-27
SELECT 'DoLo' AS table_name, row_no, CHILD AS child
FROM dolo
WHERE DOLO_END_date > collection_end() OR DOLO_END_date < collection_start()
