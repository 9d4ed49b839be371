-- rule 706
-- message: There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..
-- fields: DOLO_START
-- tables: DoLo, DoLo_last
-- needs: previousYear
-- An order open at last year's end is still in force on 1 April, so it must reappear as the child's first order this
-- year (earliest valid start; an order without a valid start sorts last) with the same start date: that first order
-- is flagged when it does not carry the start. A child with no order at all this year but still in care (an episode
-- this year) has no row of this year to flag: careledger flags last year's open order, as DoLo_last, since the order
-- left out is the failure the DfE means. (The reference flags last year's rows in every case, under this year's
-- table name.) The table starts in 2026-27, so the rule finds nothing until a year whose previous return has DoLo.
-- from 2026-27
WITH open_last AS (
  SELECT row_no, CHILD, DOLO_START_date FROM dolo_last WHERE DOLO_END IS NULL AND DOLO_START_date IS NOT NULL
), firsts AS (
  SELECT row_no, CHILD, DOLO_START_date,
         row_number() OVER (PARTITION BY CHILD ORDER BY DOLO_START_date NULLS LAST, row_no) AS k
  FROM dolo
)
SELECT DISTINCT 'DoLo' AS table_name, f.row_no, f.CHILD AS child
FROM firsts f
JOIN open_last l ON l.CHILD = f.CHILD
WHERE f.k = 1 AND f.DOLO_START_date IS DISTINCT FROM l.DOLO_START_date
UNION ALL
SELECT 'DoLo_last' AS table_name, l.row_no, l.CHILD AS child
FROM open_last l
WHERE l.CHILD NOT IN (SELECT CHILD FROM dolo WHERE CHILD IS NOT NULL)
  AND l.CHILD IN (SELECT CHILD FROM episodes WHERE CHILD IS NOT NULL)
