-- rule 302
-- message: First episode starts before child was born.
-- fields: DECOM, DOB
-- tables: Episodes, Header
-- Any episode starting before the date of birth is flagged (the first one necessarily is); as in the reference, only
-- the episodes are returned.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.DECOM_date < h.DOB_date
