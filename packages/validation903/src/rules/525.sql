-- rule 525
-- message: A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.
-- fields: DATE_INT, DATE_MATCH, DATE_PLACED_CEASED, FOSTER_CARE, LS_ADOPTR, NB_ADOPTR, SEX_ADOPTR
-- tables: AD1, PlacedAdoption
-- A reversed decision (DATE_PLACED_CEASED given) with any AD1 adoption detail for the same child fails both rows.
-- from 2023-24
WITH bad AS (
  SELECT p.row_no AS p_row, a.row_no AS a_row, p.CHILD AS child
  FROM placed_adoption p JOIN ad1 a ON a.CHILD = p.CHILD
  WHERE p.DATE_PLACED_CEASED IS NOT NULL
    AND (a.DATE_INT IS NOT NULL OR a.DATE_MATCH IS NOT NULL OR a.FOSTER_CARE IS NOT NULL OR a.NB_ADOPTR IS NOT NULL
         OR a.SEX_ADOPTR IS NOT NULL OR a.LS_ADOPTR IS NOT NULL)
)
SELECT 'PlacedAdoption' AS table_name, p_row AS row_no, child FROM bad
UNION ALL SELECT 'AD1', a_row, child FROM bad
