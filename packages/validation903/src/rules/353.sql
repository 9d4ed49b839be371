-- rule 353
-- message: No episode submitted can start before 14 October 1991.
-- fields: DECOM
-- tables: Episodes
-- 14 October 1991 is when the Children Act 1989 came into force: no looked-after episode can start before it.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE DECOM_date < DATE '1991-10-14'
