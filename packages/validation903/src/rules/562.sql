-- rule 562
-- message: Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.
-- fields: DECOM
-- tables: Episodes, Episodes_last
-- needs: previousYear
-- The child's earliest episode starting before 1 April must be last year's latest episode (same DECOM); only
-- this year's episode is flagged, as in the reference.
-- from 2023-24
WITH first_now AS (
  SELECT CHILD, arg_min(row_no, DECOM_date) AS row_no, min(DECOM_date) AS decom
  FROM episodes WHERE DECOM_date < collection_start() GROUP BY CHILD
), last_prev AS (
  SELECT CHILD, max(DECOM_date) AS decom FROM episodes_last WHERE DECOM_date IS NOT NULL GROUP BY CHILD
)
SELECT 'Episodes' AS table_name, f.row_no, f.CHILD AS child FROM first_now f LEFT JOIN last_prev l ON l.CHILD = f.CHILD
WHERE l.decom IS DISTINCT FROM f.decom
