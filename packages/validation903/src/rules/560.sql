-- rule 560
-- message: Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.
-- fields: DATE_PLACED, DATE_PLACED_CEASED
-- tables: PlacedAdoption, PlacedAdoption_last
-- needs: previousYear
-- Last year's decision still stood (dated, not ceased), so this year's date must be the same text.
-- from 2023-24
SELECT DISTINCT 'PlacedAdoption' AS table_name, p.row_no, p.CHILD AS child
FROM placed_adoption p JOIN placed_adoption_last l ON l.CHILD = p.CHILD
WHERE l.DATE_PLACED IS NOT NULL AND l.DATE_PLACED_CEASED IS NULL AND p.DATE_PLACED IS DISTINCT FROM l.DATE_PLACED
