-- This year's episodes grouped into periods of care (rules 577, 578): an episode starting after the previous one
-- ended opens a new period, which runs from its first DECOM to its last episode's DEC (NULL while open).
CREATE OR REPLACE TABLE periods_of_care AS
WITH e AS (
  SELECT CHILD, DECOM_date, DEC_date, row_no,
         LAG(DEC_date) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS prev_dec,
         row_number() OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS k
  FROM episodes WHERE DECOM_date IS NOT NULL
), g AS (
  SELECT *, SUM(CASE WHEN k = 1 OR DECOM_date > prev_dec THEN 1 ELSE 0 END)
              OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no ROWS UNBOUNDED PRECEDING) AS poc
  FROM e
)
SELECT DISTINCT CHILD, poc,
       first_value(DECOM_date) OVER p AS poc_decom, last_value(DEC_date) OVER p AS poc_dec
FROM g
WINDOW p AS (PARTITION BY CHILD, poc ORDER BY DECOM_date, row_no ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);
