-- rule 358
-- message: Child with this legal status should not be under 10.
-- fields: DECOM, DOB, LS
-- tables: Episodes, Header
-- Legal statuses J1-J3 (remanded, detained under PACE, sentenced) concern children of criminal responsibility age:
-- the child must be 10 or over when the episode starts. The reference validator also fails an episode starting on the
-- 10th birthday; careledger does not, as the child is then 10 ("should not be under 10"). Both the episode and the
-- child's Header row are flagged, as in the reference.
-- from 2023-24
WITH bad AS (
  SELECT e.row_no AS e_row, e.CHILD AS child, h.row_no AS h_row
  FROM episodes e
  JOIN header h ON h.CHILD = e.CHILD
  WHERE e.LS IN ('J1', 'J2', 'J3') AND e.DECOM_date < h.DOB_date + INTERVAL 10 YEAR
)
SELECT 'Episodes' AS table_name, e_row AS row_no, child FROM bad
UNION ALL
SELECT 'Header' AS table_name, h_row AS row_no, child FROM bad
