-- rule 383
-- message: A child in a temporary placement must subsequently return to his/her normal placement.
-- fields: PLACE
-- tables: Episodes
-- After a temporary placement (T0-T4) the child returns to the normal placement: the next episode starts with a
-- placement change only (RNE P) back to the placement held before the temporary one. Episodes are taken in DECOM
-- order per child; a temporary placement first or last in the return has nothing to compare.
-- Until 2024-25 the temporary episode is flagged when the episode after it is not RNE P or not in the same PLACE as
-- the episode before it.
-- from 2023-24
WITH e AS (
  SELECT row_no, CHILD, PLACE,
         lag(row_no) OVER w AS prev_row, lag(PLACE) OVER w AS prev_place,
         lead(row_no) OVER w AS next_row, lead(PLACE) OVER w AS next_place, lead(RNE) OVER w AS next_rne
  FROM episodes
  WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM_date, row_no)
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM e
WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND prev_row IS NOT NULL AND next_row IS NOT NULL
  AND (next_rne IS DISTINCT FROM 'P' OR next_place IS DISTINCT FROM prev_place)
-- From 2025-26 the DfE checks the return episode itself (it is flagged), and also that it is at the same placement
-- postcode as the episode before the temporary one.
-- from 2025-26
-- fields: PLACE, RNE, PL_POST
WITH e AS (
  SELECT row_no, CHILD, RNE, PLACE, PL_POST,
         lag(PLACE) OVER w AS prev_place,
         lag(row_no, 2) OVER w AS before_row, lag(PLACE, 2) OVER w AS before_place, lag(PL_POST, 2) OVER w AS before_post
  FROM episodes
  WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM_date, row_no)
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM e
WHERE prev_place IN ('T0', 'T1', 'T2', 'T3', 'T4') AND before_row IS NOT NULL
  AND (RNE IS DISTINCT FROM 'P' OR PLACE IS DISTINCT FROM before_place OR PL_POST IS DISTINCT FROM before_post)
