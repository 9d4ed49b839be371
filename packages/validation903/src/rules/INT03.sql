-- rule INT03
-- message: Internal Check: Child in Episodes does not exist in Header.
-- fields: CHILD
-- tables: Episodes, Header
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = e.CHILD)
