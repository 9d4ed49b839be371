-- rule 116
-- message: Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.
-- fields: DATE_PLACED_CEASED
-- tables: PlacedAdoption
-- Blank means the decision to place for adoption still stands: only an unreadable date fails.
-- from 2023-24
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child
FROM placed_adoption
WHERE DATE_PLACED_CEASED IS NOT NULL AND DATE_PLACED_CEASED_date IS NULL
