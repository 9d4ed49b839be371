-- rule 554
-- message: Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]
-- fields: DATE_PLACED, DECOM, LS
-- tables: Episodes, PlacedAdoption
-- The first E1 (placement order) episode of the year is compared with the decision date; both rows are flagged.
-- Earlier E1 episodes in previous years are not seen, as the message warns.
-- from 2023-24
WITH first_e1 AS (
  SELECT CHILD, arg_min(row_no, DECOM_date) AS e_row, min(DECOM_date) AS decom
  FROM episodes WHERE LS = 'E1' AND DECOM_date IS NOT NULL GROUP BY CHILD
), bad AS (
  SELECT f.CHILD AS child, e_row, p.row_no AS p_row FROM first_e1 f JOIN placed_adoption p ON p.CHILD = f.CHILD
  WHERE p.DATE_PLACED_date > f.decom
)
SELECT 'Episodes' AS table_name, e_row AS row_no, child FROM bad
UNION ALL SELECT 'PlacedAdoption', p_row, child FROM bad
