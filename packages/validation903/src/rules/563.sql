-- rule 563
-- message: The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank
-- fields: DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED
-- tables: PlacedAdoption
-- As in the reference, only a fully recorded cessation (date and reason) is checked.
-- from 2023-24
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child FROM placed_adoption
WHERE DATE_PLACED_CEASED IS NOT NULL AND REASON_PLACED_CEASED IS NOT NULL AND DATE_PLACED IS NULL
