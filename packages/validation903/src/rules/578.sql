-- rule 578
-- message: The date that the child started to be missing is after the child ceased to be looked after.
-- fields: MIS_START
-- tables: Episodes, Missing
-- Episodes are grouped into periods of care (periodsOfCare.sql); a missing period fails when its start lies in no period of
-- care of the child (before the period began, or after it ended). A child without episodes is not flagged.
-- from 2023-24
WITH checked AS (
  SELECT m.row_no, m.CHILD,
         bool_and(COALESCE(m.MIS_START_date < p.poc_decom OR m.MIS_START_date > p.poc_dec, FALSE)) AS out_of_every_poc
  FROM missing m JOIN periods_of_care p ON p.CHILD = m.CHILD
  WHERE m.MIS_START_date IS NOT NULL
  GROUP BY m.row_no, m.CHILD
)
SELECT 'Missing' AS table_name, row_no, CHILD AS child FROM checked WHERE out_of_every_poc
