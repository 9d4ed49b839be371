-- rule 634
-- message: There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.
-- fields: DATE_PERM, DECOM, LA_PERM, PREV_PERM
-- tables: Episodes, PrevPerm
-- Previous permanence details belong only to a child whose latest episode began in the collection year (the
-- reference compares with the collection start, not literally 1 April 2016). Flags the PrevPerm row and all the
-- child's episodes.
-- from 2023-24
WITH latest AS (SELECT CHILD, max(DECOM_date) AS last_decom FROM episodes GROUP BY CHILD),
bad AS (
  SELECT p.row_no, p.CHILD
  FROM prev_perm p JOIN latest l ON l.CHILD = p.CHILD
  WHERE (p.PREV_PERM IS NOT NULL OR p.DATE_PERM IS NOT NULL OR p.LA_PERM IS NOT NULL) AND l.last_decom < collection_start()
)
SELECT 'PrevPerm' AS table_name, row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e WHERE e.CHILD IN (SELECT CHILD FROM bad)
