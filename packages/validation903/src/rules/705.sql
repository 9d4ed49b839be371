-- rule 705
-- message: A DoLO cannot start when the previous DoLO is still open.
-- fields: DOLO_START, DOLO_END
-- tables: DoLo
-- A child's orders follow one another: each starts on or after the previous one (by start) ended. The later-starting
-- order is the one flagged, when the one before it has no end or ends after it starts. The reference orders the
-- orders by their end (the start when open), which flags the earlier order when a later one is left open;
-- careledger orders by start, which is what "a DoLO cannot start" means (as rule 574 does for missing periods).
-- Orders without a valid start cannot be placed in order and are left out (rule 700 names them).
-- from 2026-27
WITH d AS (
  SELECT row_no, CHILD, DOLO_START_date,
         LAG(row_no) OVER w AS prev_row, LAG(DOLO_END) OVER w AS prev_end, LAG(DOLO_END_date) OVER w AS prev_end_date
  FROM dolo
  WHERE DOLO_START_date IS NOT NULL
  WINDOW w AS (PARTITION BY CHILD ORDER BY DOLO_START_date, row_no)
)
SELECT 'DoLo' AS table_name, row_no, CHILD AS child
FROM d
WHERE prev_row IS NOT NULL AND (prev_end IS NULL OR DOLO_START_date < prev_end_date)
