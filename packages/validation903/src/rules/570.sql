-- rule 570
-- message: The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.
-- fields: MIS_START
-- tables: Missing
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MIS_START_date > collection_end()
