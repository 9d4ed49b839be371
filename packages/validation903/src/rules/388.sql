-- rule 388
-- message: Reason episode ceased is coded new episode begins, but there is no continuation episode.
-- fields: REC
-- tables: Episodes
-- REC X1 means the next episode continues the period of care from the day this one ceased. Episodes are taken in
-- DECOM order per child (those without a valid DECOM first, as the reference validator sorts them), and an episode
-- fails when:
--   it ceased X1 and the next episode does not start on its DEC;
--   it ceased otherwise (REC given) yet the next episode starts on its DEC (that is a continuation, so X1);
--   it is the child's last episode, ceased X1 (nothing continues it).
-- from 2023-24
WITH e AS (
  SELECT row_no, CHILD, REC, DEC_date,
         lead(row_no) OVER w AS next_row, lead(DECOM_date) OVER w AS next_decom
  FROM episodes
  WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM_date NULLS FIRST, row_no)
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM e
WHERE DEC_date IS NOT NULL
  AND ((next_row IS NOT NULL AND REC = 'X1' AND next_decom IS DISTINCT FROM DEC_date)
    OR (next_row IS NOT NULL AND REC <> 'X1' AND next_decom = DEC_date)
    OR (next_row IS NULL AND REC = 'X1'))
