-- rule 331
-- message: Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.
-- fields: DATE_MATCH, DECOM, REC
-- tables: AD1, Episodes
-- The placement that ended in adoption (REC E11/E12) cannot start before the child was matched; both rows fail.
-- from 2023-24
WITH bad AS (
  SELECT a.row_no AS a_row, e.row_no AS e_row, e.CHILD
  FROM episodes e JOIN ad1 a ON a.CHILD = e.CHILD
  WHERE e.REC IN ('E11', 'E12') AND a.DATE_MATCH_date > e.DECOM_date
)
SELECT 'AD1' AS table_name, a_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM bad
