-- rule 141
-- message: Date episode began is not a valid date.
-- fields: DECOM
-- tables: Episodes
-- Only an entered but unreadable start date fails here; a blank one is caught by the completeness rules.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE DECOM IS NOT NULL AND DECOM_date IS NULL
