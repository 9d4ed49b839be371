-- rule 433
-- message: The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.
-- fields: DECOM, RNE
-- tables: Episodes
-- A continuation episode (RNE other than S) must start the day the child's previous episode ended; a missing
-- date on either side cannot show that, so it fails too. The child's first episode in the return is not checked.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, RNE, DECOM_date,
         lag(DEC_date) OVER w AS prev_dec, lag(row_no) OVER w AS prev_row
  FROM episodes
  WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM_date NULLS LAST, DEC_date NULLS LAST, row_no)
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE RNE IN ('P', 'L', 'T', 'U', 'B') AND prev_row IS NOT NULL
  AND (prev_dec IS NULL OR DECOM_date IS NULL OR prev_dec <> DECOM_date)
