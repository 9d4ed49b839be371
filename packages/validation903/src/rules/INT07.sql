-- rule INT07
-- message: Internal Check: Child in PrevPerm does not exist in Header.
-- fields: CHILD
-- tables: Header, PrevPerm
-- A PrevPerm row whose CHILD has no Header row: a blank CHILD never matches, so it fails too.
-- from 2023-24
SELECT 'PrevPerm' AS table_name, t.row_no, t.CHILD AS child
FROM prev_perm t
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = t.CHILD)
