-- rule 385
-- message: Date episode ceased must be on or before the end of the current collection year.
-- fields: DEC
-- tables: Episodes
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE DEC_date > collection_end()
