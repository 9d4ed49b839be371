-- rule 202
-- message: The gender code conflicts with the gender already recorded for this child.
-- fields: SEX
-- tables: Header, Header_last
-- needs: previousYear
-- SEX was coded 1/2 until 2023-24 and M/F/U from 2024-25, so last year's file may hold the old codes. The reference
-- compares the raw codes and would flag every child across the recoding; careledger follows the DfE intent and reads
-- 1 as M and 2 as F on both sides before comparing. A blank on one side only is a disagreement.
-- from 2023-24
WITH norm AS (
  SELECT h.row_no, h.CHILD,
    CASE h.SEX WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE h.SEX END AS sex_now,
    CASE l.SEX WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE l.SEX END AS sex_last
  FROM header h JOIN header_last l ON l.CHILD = h.CHILD
)
SELECT 'Header' AS table_name, row_no, CHILD AS child FROM norm WHERE sex_now IS DISTINCT FROM sex_last
