-- rule INT06
-- message: Internal Check: Child in OC3 does not exist in Header.
-- fields: CHILD
-- tables: Header, OC3
-- A OC3 row whose CHILD has no Header row: a blank CHILD never matches, so it fails too.
-- from 2023-24
SELECT 'OC3' AS table_name, t.row_no, t.CHILD AS child
FROM oc3 t
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = t.CHILD)
