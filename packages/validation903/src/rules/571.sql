-- rule 571
-- message: The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.
-- fields: MIS_END
-- tables: Missing
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MIS_END_date > collection_end() OR MIS_END_date < collection_start()
