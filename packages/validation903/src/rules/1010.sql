-- rule 1010
-- message: This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: Episodes, Episodes_last, OC3
-- needs: previousYear
-- A child whose latest episode last year (latest valid DECOM) was still open should still be looked after
-- this year: an OC3 row for such a child with no episode this year fails. Only last year's return can say so.
-- from 2023-24
WITH open_last AS (
  SELECT CHILD
  FROM (
    SELECT CHILD, DEC, ROW_NUMBER() OVER (PARTITION BY CHILD ORDER BY DECOM_date DESC, row_no DESC) AS n
    FROM episodes_last
    WHERE DECOM_date IS NOT NULL
  ) AS e
  WHERE n = 1 AND DEC IS NULL
)
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child
FROM oc3 o
WHERE o.CHILD IN (SELECT CHILD FROM open_last)
  AND NOT EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = o.CHILD)
