-- rule 559
-- message: Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.
-- fields: DATE_PLACED
-- tables: PlacedAdoption, PlacedAdoption_last
-- needs: previousYear
-- A decision dated before this year must appear in last year's return: a child with no dated PlacedAdoption_last
-- row fails (a child absent from last year's return too, as in the reference).
-- from 2023-24
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child FROM placed_adoption p
WHERE p.DATE_PLACED_date < collection_start()
  AND NOT EXISTS (SELECT 1 FROM placed_adoption_last l WHERE l.CHILD = p.CHILD AND l.DATE_PLACED IS NOT NULL)
