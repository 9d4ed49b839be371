-- rule 521
-- message: Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.
-- fields: DATE_INT, DECOM, PLACE
-- tables: AD1, Episodes
-- Any adoptive placement (A3-A6) starting before the AD1 best-interest decision fails, flagging both rows.
-- Unreadable dates are skipped (left to the date-format rules).
-- from 2023-24
WITH bad AS (
  SELECT e.row_no AS e_row, a.row_no AS a_row, e.CHILD AS child
  FROM episodes e JOIN ad1 a ON a.CHILD = e.CHILD
  WHERE e.PLACE IN ('A3', 'A4', 'A5', 'A6') AND a.DATE_INT_date > e.DECOM_date
)
SELECT 'Episodes' AS table_name, e_row AS row_no, child FROM bad
UNION ALL SELECT 'AD1', a_row, child FROM bad
