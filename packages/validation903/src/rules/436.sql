-- rule 436
-- message: Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.
-- fields: LS, PLACE, PLACE_PROVIDER, PL_POST, RNE, URN
-- tables: Episodes
-- RNE B/U: the legal status changed and so did the placement (some of PLACE, PL_POST, URN, PLACE_PROVIDER).
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
WHERE RNE IN ('B', 'U') AND prev_row IS NOT NULL
  AND (LS IS NOT DISTINCT FROM p_ls
       OR (PLACE IS NOT DISTINCT FROM p_place AND PL_POST IS NOT DISTINCT FROM p_post
           AND URN IS NOT DISTINCT FROM p_urn AND PLACE_PROVIDER IS NOT DISTINCT FROM p_provider))
