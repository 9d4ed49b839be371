-- rule 708
-- message: Dates of DoLOs are before child’s date of birth.
-- fields: DOLO_START
-- tables: DoLo
-- As the reference (and rule 586 for missing periods), a start on the day of birth also fails, using the DOB the
-- DoLo table carries.
-- from 2026-27
SELECT 'DoLo' AS table_name, row_no, CHILD AS child
FROM dolo
WHERE DOLO_START_date <= DOB_date
