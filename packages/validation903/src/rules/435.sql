-- rule 435
-- message: Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.
-- fields: LS, PLACE, PLACE_PROVIDER, PL_POST, URN
-- tables: Episodes
-- RNE P/T: the placement changed (some of PLACE, PL_POST, URN, PLACE_PROVIDER differ) and the legal status did
-- not. Values are compared blank-equals-blank (the reference counts two blanks as different, so an unchanged blank
-- URN hides an unchanged placement there; the DfE means an unchanged field).
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
WHERE RNE IN ('P', 'T') AND prev_row IS NOT NULL
  AND (LS IS DISTINCT FROM p_ls
       OR (PLACE IS NOT DISTINCT FROM p_place AND PL_POST IS NOT DISTINCT FROM p_post
           AND URN IS NOT DISTINCT FROM p_urn AND PLACE_PROVIDER IS NOT DISTINCT FROM p_provider))
