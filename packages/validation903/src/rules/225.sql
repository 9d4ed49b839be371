-- rule 225
-- message: Reason for placement change must be recorded.
-- fields: REASON_PLACE_CHANGE
-- tables: Episodes
-- An episode ending in a placement change (X1) from a non-temporary placement into another non-temporary placement
-- (next RNE P, B, T or U) needs a reason for the change.
-- from 2023-24
WITH e AS (
  SELECT row_no, CHILD, REC, PLACE, REASON_PLACE_CHANGE,
    LEAD(RNE) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS next_rne,
    LEAD(PLACE) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS next_place,
    LEAD(row_no) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS next_row
  FROM episodes
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM e
WHERE REC = 'X1' AND REASON_PLACE_CHANGE IS NULL AND next_row IS NOT NULL
  AND (PLACE IS NULL OR PLACE NOT IN ('T0', 'T1', 'T2', 'T3', 'T4'))
  AND next_rne IN ('P', 'B', 'T', 'U')
  AND (next_place IS NULL OR next_place NOT IN ('T0', 'T1', 'T2', 'T3', 'T4'))
