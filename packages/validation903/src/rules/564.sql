-- rule 564
-- message: Child was missing or away from placement without authorisation and the date started is blank.
-- fields: MISSING, MIS_START
-- tables: Missing
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child FROM missing WHERE MISSING IN ('M', 'A') AND MIS_START IS NULL
