-- rule 504
-- message: The category of need code differs from that reported at start of current period of being looked after
-- fields: CIN
-- tables: Episodes
-- The category of need is set when the period of care starts: an episode continuing the previous one (that ended
-- X1 on the day this one starts) keeps its CIN, so each link of the period is checked against the one before.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, CIN, DECOM_date,
         lag(REC) OVER w AS p_rec, lag(DEC_date) OVER w AS p_dec, lag(CIN) OVER w AS p_cin
  FROM episodes
  WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM_date NULLS LAST, row_no)
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE p_rec = 'X1' AND p_dec = DECOM_date AND CIN IS DISTINCT FROM p_cin
