-- rule 576
-- message: There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.
-- fields: CHILD
-- tables: Missing, Missing_last
-- needs: previousYear
-- A period open at last year's end must reappear as this year's first period with the same start date. The child's
-- first period this year (earliest valid start; a period without a valid start sorts last) is flagged when it does
-- not carry that start. A child with no missing rows at all this year has no row to flag and is not reported.
-- from 2023-24
WITH firsts AS (
  SELECT row_no, CHILD, MIS_START_date,
         row_number() OVER (PARTITION BY CHILD ORDER BY MIS_START_date NULLS LAST, row_no) AS k
  FROM missing
)
SELECT DISTINCT 'Missing' AS table_name, f.row_no, f.CHILD AS child
FROM firsts f
JOIN missing_last l ON l.CHILD = f.CHILD
WHERE f.k = 1 AND l.MIS_END IS NULL AND l.MIS_START_date IS NOT NULL
  AND f.MIS_START_date IS DISTINCT FROM l.MIS_START_date
