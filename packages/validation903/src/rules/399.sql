-- rule 399
-- message: Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.
-- fields: LS, MOTHER, REVIEW, REVIEW_CODE
-- tables: Episodes, Header, Reviews
-- Only a child whose every episode is a short break (V3/V4) is held to this (as the reference adjusted it); then
-- all the child's episodes fail, with the header and the reviews that carry data (every review when MOTHER is given).
-- from 2023-24
WITH respite AS (
  SELECT CHILD FROM episodes GROUP BY CHILD HAVING bool_and(coalesce(LS IN ('V3', 'V4'), false))
), mothers AS (
  SELECT DISTINCT h.CHILD FROM header h JOIN respite r ON r.CHILD = h.CHILD WHERE h.MOTHER IS NOT NULL
), reviewed AS (
  SELECT DISTINCT v.CHILD FROM reviews v JOIN respite r ON r.CHILD = v.CHILD WHERE v.REVIEW IS NOT NULL OR v.REVIEW_CODE IS NOT NULL
), failing AS (
  SELECT CHILD FROM mothers UNION SELECT CHILD FROM reviewed
)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e JOIN failing f ON f.CHILD = e.CHILD
UNION ALL
SELECT 'Header', h.row_no, h.CHILD FROM header h JOIN failing f ON f.CHILD = h.CHILD
UNION ALL
SELECT 'Reviews', v.row_no, v.CHILD FROM reviews v JOIN failing f ON f.CHILD = v.CHILD
WHERE v.REVIEW IS NOT NULL OR v.REVIEW_CODE IS NOT NULL OR v.CHILD IN (SELECT CHILD FROM mothers)
