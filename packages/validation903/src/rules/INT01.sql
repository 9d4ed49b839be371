-- rule INT01
-- message: Data Integrity Check: Child in AD1 does not exist in Header.
-- fields: CHILD
-- tables: AD1, Header
-- from 2023-24
SELECT 'AD1' AS table_name, a.row_no, a.CHILD AS child
FROM ad1 a
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = a.CHILD)
