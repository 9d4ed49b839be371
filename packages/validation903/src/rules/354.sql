-- rule 354
-- message: Date episode ceased must be on or before the end of the current collection year.
-- fields: DECOM
-- tables: Episodes
-- Despite the message (shared with 385, which checks DEC), this rule is on DECOM: no episode in the return can start
-- after the collection year ends.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE DECOM_date > collection_end()
