-- rule 561
-- message: Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.
-- fields: DATE_PLACED
-- tables: PlacedAdoption, PlacedAdoption_last
-- needs: previousYear
-- Last year's decision had ceased (date or reason given), so repeating its date this year is an error.
-- from 2023-24
SELECT DISTINCT 'PlacedAdoption' AS table_name, p.row_no, p.CHILD AS child
FROM placed_adoption p JOIN placed_adoption_last l ON l.CHILD = p.CHILD
WHERE p.DATE_PLACED = l.DATE_PLACED AND (l.DATE_PLACED_CEASED IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL)
