-- rule 578
-- message: The date that the child started to be missing is after the child ceased to be looked after.
-- fields: MIS_START
-- tables: Episodes, Missing
-- Episodes are grouped into periods of care as in 577; a missing period fails when its start lies in no period of
-- care of the child (before the period began, or after it ended). A child without episodes is not flagged.
-- from 2023-24
WITH e AS (
  SELECT CHILD, DECOM_date, DEC_date, row_no,
         LAG(DEC_date) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS prev_dec,
         row_number() OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS k
  FROM episodes WHERE DECOM_date IS NOT NULL
), g AS (
  SELECT *, SUM(CASE WHEN k = 1 OR DECOM_date > prev_dec THEN 1 ELSE 0 END)
              OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no ROWS UNBOUNDED PRECEDING) AS poc
  FROM e
), pocs AS (
  SELECT DISTINCT CHILD, poc,
         first_value(DECOM_date) OVER p AS poc_decom, last_value(DEC_date) OVER p AS poc_dec
  FROM g
  WINDOW p AS (PARTITION BY CHILD, poc ORDER BY DECOM_date, row_no ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
), checked AS (
  SELECT m.row_no, m.CHILD,
         bool_and(COALESCE(m.MIS_START_date < p.poc_decom OR m.MIS_START_date > p.poc_dec, FALSE)) AS out_of_every_poc
  FROM missing m JOIN pocs p ON p.CHILD = m.CHILD
  WHERE m.MIS_START_date IS NOT NULL
  GROUP BY m.row_no, m.CHILD
)
SELECT 'Missing' AS table_name, row_no, CHILD AS child FROM checked WHERE out_of_every_poc
