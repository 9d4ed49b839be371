-- rule 407
-- message: Reason episode ceased is Special Guardianship Order, but child has reached age 18.
-- fields: DEC, DOB, REC
-- tables: Episodes, Header
-- An SGO (E45-E48) cannot end care once the child is 18. careledger counts the 18th birthday itself as having
-- reached 18 (the reference fails only after it).
-- from 2023-24
WITH bad AS (
  SELECT e.row_no AS e_row, h.row_no AS h_row, e.CHILD
  FROM episodes e JOIN header h ON h.CHILD = e.CHILD
  WHERE e.REC IN ('E45', 'E46', 'E47', 'E48') AND e.DEC_date IS NOT NULL AND h.DOB_date IS NOT NULL
    AND age_on(h.DOB_date, e.DEC_date) >= 18
)
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'Header', h_row, CHILD FROM bad
