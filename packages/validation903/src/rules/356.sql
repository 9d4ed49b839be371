-- rule 356
-- message: The date the episode ceased is before the date the same episode started.
-- fields: DECOM
-- tables: Episodes
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE DEC_date < DECOM_date
