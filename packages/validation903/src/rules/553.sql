-- rule 553
-- message: Placement order has been granted but there is no date of decision that the child should be placed for adoption.
-- fields: CHILD, DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED
-- tables: Episodes, PlacedAdoption
-- A placement order (LS E1) needs a PlacedAdoption row for the child: each E1 episode of a child with none is flagged.
-- While the E1 episode is still open, the decision cannot have ceased, so a PlacedAdoption row with a ceased date
-- or reason is flagged too, as the reference does.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes e
WHERE LS = 'E1' AND NOT EXISTS (SELECT 1 FROM placed_adoption p WHERE p.CHILD = e.CHILD)
UNION ALL
SELECT 'PlacedAdoption', p.row_no, p.CHILD FROM placed_adoption p
WHERE (p.DATE_PLACED_CEASED IS NOT NULL OR p.REASON_PLACED_CEASED IS NOT NULL)
  AND EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = p.CHILD AND e.LS = 'E1' AND e.DEC IS NULL)
