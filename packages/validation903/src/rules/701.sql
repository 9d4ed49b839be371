-- rule 701
-- message: The end date of the DoLO is not a valid date.
-- fields: DOLO_END
-- tables: DoLo
-- A blank end means the order is still in force: only an unreadable end date fails. The reference validator names
-- DOLO_START as the field, a slip from rule 700: the date at fault is the end, so careledger names DOLO_END.
-- from 2026-27
SELECT 'DoLo' AS table_name, row_no, CHILD AS child
FROM dolo
WHERE DOLO_END IS NOT NULL AND DOLO_END_date IS NULL
