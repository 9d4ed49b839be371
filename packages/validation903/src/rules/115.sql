-- rule 115
-- message: Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.
-- fields: DATE_PLACED
-- tables: PlacedAdoption
-- Only an entered but unreadable date fails; whether the date is required is left to other rules.
-- from 2023-24
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child
FROM placed_adoption
WHERE DATE_PLACED IS NOT NULL AND DATE_PLACED_date IS NULL
