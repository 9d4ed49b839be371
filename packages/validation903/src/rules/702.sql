-- rule 702
-- message: The date that the DoLO ended is before the date that it started.
-- fields: DOLO_START
-- tables: DoLo
-- As the reference, an order ending on the day it started fails too (it was never in force for a day), as the DfE's
-- "before" reads in rules 586 and 708. Dates are compared as dates: an order with an unreadable date is not judged.
-- from 2026-27
SELECT 'DoLo' AS table_name, row_no, CHILD AS child
FROM dolo
WHERE DOLO_END_date <= DOLO_START_date
