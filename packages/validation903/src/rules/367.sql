-- rule 367
-- message: The maximum amount of respite care allowable is 75 days in any 12-month period.
-- fields: DEC, DECOM, LS
-- tables: Episodes
-- Respite (LS V3) may total at most 75 days in 12 months (reg. 48): as in the reference validator, the 12 months are
-- the collection year. Each V3 episode counts its days within the year (open ones to the year end); every episode
-- counted of a child over 75 days fails.
-- from 2023-24
WITH v3 AS (
  SELECT row_no, CHILD,
         date_diff('day', greatest(DECOM_date, collection_start()),
                   least(CASE WHEN DEC IS NULL THEN collection_end() ELSE DEC_date END, collection_end())) AS days
  FROM episodes
  WHERE LS = 'V3' AND DECOM_date IS NOT NULL
),
counted AS (
  SELECT *, sum(days) OVER (PARTITION BY CHILD) AS total FROM v3 WHERE days > 0
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM counted
WHERE total > 75
