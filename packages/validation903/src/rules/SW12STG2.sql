-- rule SW12STG2
-- message: If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after
-- fields: SW_DECOM
-- tables: Episodes, SWEpisodes
-- The DfE: for a child looked after on 31 March (an open episode whose LS is not V3/V4), the social worker episodes
-- must cover the whole social worker reporting period, including time out of care, so one of them must have begun
-- by its start (or by the child's birth, for a child born since). Gaps between episodes are SW10STG2's and an early
-- end SW11STG2's. careledger fails the open episode, as the reference validator does; the reference's own versions
-- instead pair each start or end of care with each social worker episode (its 2023-24 version cannot run), which
-- fails a child for having more than one social worker.
-- from 2023-24
WITH dob AS (SELECT CHILD, min(DOB_date) AS dob FROM header GROUP BY CHILD),
first_sw AS (SELECT CHILD, min(SW_DECOM_date) AS first_start FROM sw_episodes GROUP BY CHILD)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
LEFT JOIN dob ON dob.CHILD = e.CHILD
LEFT JOIN first_sw s ON s.CHILD = e.CHILD
WHERE e.DEC IS NULL AND coalesce(e.LS, '') NOT IN ('V3', 'V4')
  AND (s.first_start IS NULL OR s.first_start > greatest(collection_start(), coalesce(dob.dob, collection_start())))
-- from 2024-25
-- The social worker reporting period now starts a year before the collection year (as in SW07STG2 and SW15STG2),
-- so the episodes must reach back to 1 April of the previous year.
WITH dob AS (SELECT CHILD, min(DOB_date) AS dob FROM header GROUP BY CHILD),
first_sw AS (SELECT CHILD, min(SW_DECOM_date) AS first_start FROM sw_episodes GROUP BY CHILD)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
LEFT JOIN dob ON dob.CHILD = e.CHILD
LEFT JOIN first_sw s ON s.CHILD = e.CHILD
WHERE e.DEC IS NULL AND coalesce(e.LS, '') NOT IN ('V3', 'V4')
  AND (s.first_start IS NULL
       OR s.first_start > greatest(CAST(collection_start() - INTERVAL 1 YEAR AS DATE), coalesce(dob.dob, collection_start() - INTERVAL 1 YEAR)))
