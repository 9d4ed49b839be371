-- rule INT05
-- message: Internal Check: Child in OC2 does not exist in Header.
-- fields: CHILD
-- tables: Header, OC2
-- A OC2 row whose CHILD has no Header row: a blank CHILD never matches, so it fails too.
-- from 2023-24
SELECT 'OC2' AS table_name, t.row_no, t.CHILD AS child
FROM oc2 t
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = t.CHILD)
