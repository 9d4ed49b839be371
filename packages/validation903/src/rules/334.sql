-- rule 334
-- message: "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. "
-- fields: DATE_INT, DECOM, RNE
-- tables: AD1, Episodes
-- The latest period of care starts at the child's latest episode with RNE S; the decision to place for adoption
-- cannot precede it. The start episode and the AD1 row fail.
-- from 2023-24
WITH starts AS (
  SELECT row_no, CHILD, DECOM_date,
    row_number() OVER (PARTITION BY CHILD ORDER BY DECOM_date DESC NULLS LAST, row_no) AS rn
  FROM episodes WHERE RNE = 'S'
), bad AS (
  SELECT s.row_no AS e_row, a.row_no AS a_row, s.CHILD
  FROM starts s JOIN ad1 a ON a.CHILD = s.CHILD
  WHERE s.rn = 1 AND a.DATE_INT_date < s.DECOM_date
)
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'AD1' AS table_name, a_row AS row_no, CHILD AS child FROM bad
