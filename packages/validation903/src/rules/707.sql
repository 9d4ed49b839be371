-- rule 707
-- message: Child ceased to be looked after but there is a DoLO without an end date.
-- fields: DOLO_END
-- tables: DoLo, Episodes
-- The DfE's check is rule 577's, for orders: episodes are grouped into periods of care (periodsOfCare.sql), and an
-- order fails when it fits no period of care of the child: it is open but the period of care has ended or began
-- after it, or it ended outside the period of care. As in the reference, a child without episodes is not flagged,
-- and an order without a valid start is left out (rule 700 names it).
-- from 2026-27
WITH checked AS (
  SELECT d.row_no, d.CHILD,
         bool_and(COALESCE(
           (d.DOLO_END IS NULL AND (p.poc_dec IS NOT NULL OR d.DOLO_START_date < p.poc_decom))
           OR d.DOLO_END_date > p.poc_dec OR d.DOLO_END_date < p.poc_decom, FALSE)) AS out_of_every_poc
  FROM dolo d JOIN periods_of_care p ON p.CHILD = d.CHILD
  WHERE d.DOLO_START_date IS NOT NULL
  GROUP BY d.row_no, d.CHILD
)
SELECT 'DoLo' AS table_name, row_no, CHILD AS child FROM checked WHERE out_of_every_poc
