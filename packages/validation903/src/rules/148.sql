-- rule 148
-- message: Date episode ceased and reason episode ceased must both be coded, or both left blank.
-- fields: DEC, REC
-- tables: Episodes
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE (DEC IS NULL) <> (REC IS NULL)
