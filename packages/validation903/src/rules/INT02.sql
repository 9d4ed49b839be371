-- rule INT02
-- message: Internal Check: Child in PlacedAdoption does not exist in Header.
-- fields: CHILD
-- tables: Header, PlacedAdoption
-- from 2023-24
SELECT 'PlacedAdoption' AS table_name, p.row_no, p.CHILD AS child
FROM placed_adoption p
WHERE NOT EXISTS (SELECT 1 FROM header h WHERE h.CHILD = p.CHILD)
