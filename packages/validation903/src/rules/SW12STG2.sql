-- rule SW12STG2
-- message: If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after
-- fields: SW_DECOM
-- tables: Episodes, SWEpisodes
-- The DfE: for a child looked after on 31 March (an open episode whose LS is not V3/V4), the social worker episodes
-- must cover the whole collection year, including time out of care, so one of them must have begun
-- by its start (or by the child's birth, for a child born since). Gaps between episodes are SW10STG2's and an early
-- end SW11STG2's. careledger fails the open episode, as the reference validator does; the reference's own versions
-- instead pair each start or end of care with each social worker episode (its 2023-24 version cannot run), which
-- fails a child for having more than one social worker. The "previous year" is the collection year just ended:
-- SW07STG2 lets episodes reach back a year before it from 2024-25, but none must.
-- from 2023-24
WITH dob AS (SELECT CHILD, min(DOB_date) AS dob FROM header GROUP BY CHILD),
first_sw AS (SELECT CHILD, min(SW_DECOM_date) AS first_start FROM sw_episodes GROUP BY CHILD)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
LEFT JOIN dob ON dob.CHILD = e.CHILD
LEFT JOIN first_sw s ON s.CHILD = e.CHILD
WHERE e.DEC IS NULL AND coalesce(e.LS, '') NOT IN ('V3', 'V4')
  AND (s.first_start IS NULL OR s.first_start > greatest(collection_start(), coalesce(dob.dob, collection_start())))
