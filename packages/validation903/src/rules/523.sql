-- rule 523
-- message: Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).
-- fields: DATE_INT, DATE_PLACED
-- tables: AD1, PlacedAdoption
-- Compared only where both dates are readable; both rows are flagged.
-- from 2023-24
WITH bad AS (
  SELECT p.row_no AS p_row, a.row_no AS a_row, p.CHILD AS child
  FROM placed_adoption p JOIN ad1 a ON a.CHILD = p.CHILD
  WHERE p.DATE_PLACED_date IS NOT NULL AND a.DATE_INT_date IS NOT NULL AND p.DATE_PLACED_date <> a.DATE_INT_date
)
SELECT 'PlacedAdoption' AS table_name, p_row AS row_no, child FROM bad
UNION ALL SELECT 'AD1', a_row, child FROM bad
