-- rule 147
-- message: Date episode ceased is not a valid date.
-- fields: DEC
-- tables: Episodes
-- A blank DEC is an open episode, not an invalid date.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE DEC IS NOT NULL AND DEC_date IS NULL
