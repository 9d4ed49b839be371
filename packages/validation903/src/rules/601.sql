-- rule 601
-- message: The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.
-- fields: DATE_INT, DATE_MATCH, FOSTER_CARE, LS_ADOPTR, NB_ADOPTR, REC, SEX_ADOPTR
-- tables: AD1, Episodes
-- Only children with an AD1 row are checked (a child adopted with no AD1 row at all is left to other checks, as in
-- the reference).
-- from 2023-24
WITH hits AS (
  SELECT e.row_no AS e_row, a.row_no AS a_row, e.CHILD
  FROM episodes e JOIN ad1 a ON a.CHILD = e.CHILD
  WHERE e.REC IN ('E11', 'E12') AND e.DEC_date BETWEEN collection_start() AND collection_end()
    AND (a.DATE_INT IS NULL OR a.DATE_MATCH IS NULL OR a.FOSTER_CARE IS NULL OR a.NB_ADOPTR IS NULL
         OR a.SEX_ADOPTR IS NULL OR a.LS_ADOPTR IS NULL)
)
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM hits
UNION ALL
SELECT 'AD1' AS table_name, a_row AS row_no, CHILD AS child FROM hits
