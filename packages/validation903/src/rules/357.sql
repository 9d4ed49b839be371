-- rule 357
-- message: If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.
-- fields: RNE
-- tables: Episodes
-- The child's earliest episode in the return (by DECOM; blank or invalid DECOMs are left to other rules), when it
-- starts within the collection year, is the start of care as far as the return shows, so its RNE must be S. An
-- earliest episode that started before the year was checked in an earlier return.
-- from 2023-24
WITH firsts AS (
  SELECT row_no, CHILD, RNE, DECOM_date,
         row_number() OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS n
  FROM episodes
  WHERE DECOM_date IS NOT NULL
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM firsts
WHERE n = 1 AND DECOM_date >= collection_start() AND RNE IS DISTINCT FROM 'S'
