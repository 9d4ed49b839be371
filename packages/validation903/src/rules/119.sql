-- rule 119
-- message: If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.
-- fields: DATE_PLACED_CEASED, REASON_PLACED_CEASED
-- tables: PlacedAdoption
-- A cessation date and its reason go together: either without the other fails.
-- from 2023-24
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child
FROM placed_adoption
WHERE (DATE_PLACED_CEASED IS NULL) <> (REASON_PLACED_CEASED IS NULL)
