-- rule 552
-- message: Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.
-- fields: DATE_PLACED, DECOM
-- tables: Episodes, PlacedAdoption
-- The child's first adoptive placement (earliest A3-A6 DECOM) is compared with the latest readable decision date;
-- both rows are flagged.
-- from 2023-24
WITH first_ep AS (
  SELECT CHILD, arg_min(row_no, DECOM_date) AS e_row, min(DECOM_date) AS decom
  FROM episodes WHERE PLACE IN ('A3', 'A4', 'A5', 'A6') AND DECOM_date IS NOT NULL GROUP BY CHILD
), last_pa AS (
  SELECT CHILD, arg_max(row_no, DATE_PLACED_date) AS p_row, max(DATE_PLACED_date) AS placed
  FROM placed_adoption WHERE DATE_PLACED_date IS NOT NULL GROUP BY CHILD
), bad AS (
  SELECT f.CHILD AS child, e_row, p_row FROM first_ep f JOIN last_pa p ON p.CHILD = f.CHILD WHERE f.decom < p.placed
)
SELECT 'Episodes' AS table_name, e_row AS row_no, child FROM bad
UNION ALL SELECT 'PlacedAdoption', p_row, child FROM bad
