-- rule 226
-- message: Reason for placement change is not required.
-- fields: PLACE, REASON_PLACE_CHANGE
-- tables: Episodes
-- A temporary placement (T0-T4) must carry no reason for placement change, and neither may the episode just before it
-- (the change into a temporary placement is not a placement change). 2025-26 only rewords the message.
-- from 2023-24
WITH e AS (
  SELECT row_no, CHILD, PLACE, REASON_PLACE_CHANGE,
    LAG(REASON_PLACE_CHANGE) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS prev_reason
  FROM episodes
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM e
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND (REASON_PLACE_CHANGE IS NOT NULL OR prev_reason IS NOT NULL)
-- from 2025-26
-- message: Reason for placement change is not required for temporary placements.
WITH e AS (
  SELECT row_no, CHILD, PLACE, REASON_PLACE_CHANGE,
    LAG(REASON_PLACE_CHANGE) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS prev_reason
  FROM episodes
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM e
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND (REASON_PLACE_CHANGE IS NOT NULL OR prev_reason IS NOT NULL)
