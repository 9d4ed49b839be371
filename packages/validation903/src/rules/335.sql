-- rule 335
-- message: The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.
-- fields: FOSTER_CARE, PLACE
-- tables: AD1, Episodes
-- Checked on the episode ending in adoption (REC E1/E11/E12): its placement type must agree with FOSTER_CARE.
-- from 2023-24
WITH bad AS (
  SELECT a.row_no AS a_row, e.row_no AS e_row, e.CHILD
  FROM episodes e JOIN ad1 a ON a.CHILD = e.CHILD
  WHERE e.REC IN ('E1', 'E11', 'E12')
    AND ((e.PLACE IN ('A2', 'A3', 'A5') AND a.FOSTER_CARE = '0') OR (e.PLACE IN ('A1', 'A4', 'A6') AND a.FOSTER_CARE = '1'))
)
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'AD1' AS table_name, a_row AS row_no, CHILD AS child FROM bad
