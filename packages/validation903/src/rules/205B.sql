-- rule 205B
-- message: Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.
-- fields: DUC, UASC
-- tables: Header, Header_last, UASC, UASC_last
-- needs: previousYear
-- UASC status is read from the UASC tables as for 205A (a DUC given that year). UASC both years: last year's DUC must
-- be the 18th birthday, and this year's DUC must fall in this year or repeat last year's. The reference takes the
-- birthday from last year's row at the same position (an index misalignment); careledger uses the child's own DOB.
-- from 2023-24
SELECT 'UASC' AS table_name, u.row_no, u.CHILD AS child
FROM uasc u JOIN uasc_last l ON l.CHILD = u.CHILD
WHERE u.DUC IS NOT NULL AND l.DUC IS NOT NULL
  AND (
    (NOT coalesce(u.DUC_date BETWEEN collection_start() AND collection_end(), false)
      AND u.DUC_date IS DISTINCT FROM l.DUC_date)
    OR l.DUC_date IS DISTINCT FROM CAST(coalesce(u.DOB_date, l.DOB_date) + INTERVAL 18 YEAR AS DATE)
    OR l.DUC_date IS NULL
  )
