-- rule 120
-- message: The reason for the reversal of the decision that the child should be placed for adoption code is not valid.
-- fields: REASON_PLACED_CEASED
-- tables: PlacedAdoption
-- Blank is allowed: a reason is needed only with a cessation date, which rule 119 checks.
-- from 2023-24
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child
FROM placed_adoption
WHERE REASON_PLACED_CEASED IS NOT NULL AND REASON_PLACED_CEASED NOT IN ('RD1', 'RD2', 'RD3', 'RD4')
