-- rule 522
-- message: Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.
-- fields: DATE_PLACED, DATE_PLACED_CEASED
-- tables: PlacedAdoption
-- from 2023-24
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child FROM placed_adoption WHERE DATE_PLACED_CEASED_date < DATE_PLACED_date
