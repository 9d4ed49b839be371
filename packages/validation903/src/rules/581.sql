-- rule 581
-- message: Child is missing but has not yet started to be looked after.
-- fields: MIS_START
-- tables: Episodes, Missing
-- A missing period must start within one of the child's episodes (on or after DECOM, and on or before DEC when the
-- episode has ended); a start before care, between episodes or after care fails, as in the reference. A child without
-- episodes is not flagged. The reference also flags a missing row with no valid start; careledger does not (a blank
-- start shows nothing about when the child was missing).
-- from 2023-24
WITH checked AS (
  SELECT m.row_no, m.CHILD,
         bool_or(COALESCE(m.MIS_START_date >= e.DECOM_date AND (e.DEC_date IS NULL OR m.MIS_START_date <= e.DEC_date), FALSE)) AS in_episode
  FROM missing m JOIN episodes e ON e.CHILD = m.CHILD
  WHERE m.MIS_START_date IS NOT NULL
  GROUP BY m.row_no, m.CHILD
)
SELECT 'Missing' AS table_name, row_no, CHILD AS child FROM checked WHERE NOT in_episode
