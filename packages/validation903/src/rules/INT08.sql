-- rule INT08
-- message: Internal Check: Child in Reviews does not exist in Header.
-- fields: CHILD
-- tables: Header, Reviews
-- A Reviews row whose CHILD has no Header row: a blank CHILD never matches, so it fails too.
-- from 2023-24
SELECT 'Reviews' AS table_name, t.row_no, t.CHILD AS child
FROM reviews t
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = t.CHILD)
