-- rule 577
-- message: Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.
-- fields: MIS_END
-- tables: Episodes, Missing
-- Episodes are grouped into periods of care (periodsOfCare.sql). A missing period fails when it fits no period of
-- care of the child: it is open but the period of care has ended or began after it, or it ended outside the period
-- of care. As in the reference, a child without episodes is not flagged, and a missing period without a valid start
-- is left out.
-- from 2023-24
WITH checked AS (
  SELECT m.row_no, m.CHILD,
         bool_and(COALESCE(
           (m.MIS_END IS NULL AND (p.poc_dec IS NOT NULL OR m.MIS_START_date < p.poc_decom))
           OR m.MIS_END_date > p.poc_dec OR m.MIS_END_date < p.poc_decom, FALSE)) AS out_of_every_poc
  FROM missing m JOIN periods_of_care p ON p.CHILD = m.CHILD
  WHERE m.MIS_START_date IS NOT NULL
  GROUP BY m.row_no, m.CHILD
)
SELECT 'Missing' AS table_name, row_no, CHILD AS child FROM checked WHERE out_of_every_poc
