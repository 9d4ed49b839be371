-- rule 434
-- message: Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.
-- fields: LS, PLACE, PLACE_PROVIDER, PL_POST, RNE, URN
-- tables: Episodes
-- RNE L: the legal status changed and nothing about the placement did. Values are compared blank-equals-blank
-- (the reference treats two blank legal statuses as a change; the DfE means an unchanged field).
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, RNE, LS, PLACE, PL_POST, URN, PLACE_PROVIDER,
         lag(row_no) OVER w AS prev_row, lag(LS) OVER w AS p_ls, lag(PLACE) OVER w AS p_place,
         lag(PL_POST) OVER w AS p_post, lag(URN) OVER w AS p_urn, lag(PLACE_PROVIDER) OVER w AS p_provider
  FROM episodes
  WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM_date NULLS LAST, row_no)
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE RNE = 'L' AND prev_row IS NOT NULL
  AND (LS IS NOT DISTINCT FROM p_ls OR PLACE IS DISTINCT FROM p_place OR PL_POST IS DISTINCT FROM p_post
       OR URN IS DISTINCT FROM p_urn OR PLACE_PROVIDER IS DISTINCT FROM p_provider)
