-- rule 577
-- message: Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.
-- fields: MIS_END
-- tables: Episodes, Missing
-- Episodes are grouped into periods of care (an episode starting after the previous one ended opens a new period; the
-- period ends with its last episode's DEC). A missing period fails when it fits no period of care of the child: it is
-- open but the period of care has ended or began after it, or it ended outside the period of care. As in the
-- reference, a child without episodes is not flagged, and a missing period without a valid start is left out.
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
         bool_and(COALESCE(
           (m.MIS_END IS NULL AND (p.poc_dec IS NOT NULL OR m.MIS_START_date < p.poc_decom))
           OR m.MIS_END_date > p.poc_dec OR m.MIS_END_date < p.poc_decom, FALSE)) AS out_of_every_poc
  FROM missing m JOIN pocs p ON p.CHILD = m.CHILD
  WHERE m.MIS_START_date IS NOT NULL
  GROUP BY m.row_no, m.CHILD
)
SELECT 'Missing' AS table_name, row_no, CHILD AS child FROM checked WHERE out_of_every_poc
