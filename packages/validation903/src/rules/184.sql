-- rule 184
-- message: Date of decision that a child should be placed for adoption is before the child was born.
-- fields: DATE_PLACED, DOB
-- tables: Header, PlacedAdoption
-- Both the header and the placed-for-adoption row of the child are flagged.
-- from 2023-24
WITH bad AS (
  SELECT p.row_no AS p_row, h.row_no AS h_row, p.CHILD FROM placed_adoption p JOIN header h ON h.CHILD = p.CHILD
  WHERE p.DATE_PLACED_date < h.DOB_date
)
SELECT 'PlacedAdoption' AS table_name, p_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'Header' AS table_name, h_row AS row_no, CHILD AS child FROM bad
