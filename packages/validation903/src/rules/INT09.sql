-- rule INT09
-- message: Internal Check: Child in UASC does not exist in Header.
-- fields: CHILD
-- tables: Header, UASC
-- A UASC row whose CHILD has no Header row: a blank CHILD never matches, so it fails too.
-- from 2023-24
SELECT 'UASC' AS table_name, t.row_no, t.CHILD AS child
FROM uasc t
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = t.CHILD)
