-- rule INT04
-- message: Internal Check: Child in Missing does not exist in Header.
-- fields: CHILD
-- tables: Header, Missing
-- from 2023-24
SELECT 'Missing' AS table_name, m.row_no, m.CHILD AS child
FROM missing m
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = m.CHILD)
