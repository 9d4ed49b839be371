-- rule SW01STG1
-- message: Child looked after on 31 March, but no social worker episode information is reported
-- fields: DEC
-- tables: Episodes, SWEpisodes
-- The DfE: a child looked after on 31 March (an open episode whose LS is not V3/V4, short breaks) must have at least
-- one instance of each social worker item among its SWEpisodes rows. careledger reads "at least one instance" as the
-- DfE writes it: the reference validator instead fails the child when any one of its SWEpisodes rows lacks an item
-- (SW03STG1 already reports incomplete rows). The failing row is the open episode; the reference names it SWEpisodes
-- though it is an Episodes row, careledger names the table it is in.
-- from 2023-24
WITH sw AS (
  SELECT CHILD, count(SW_ID) AS ids, count(SW_DECOM) AS decoms, count(SW_REASON) AS reasons FROM sw_episodes GROUP BY CHILD
)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
LEFT JOIN sw ON sw.CHILD = e.CHILD
WHERE e.DEC IS NULL AND coalesce(e.LS, '') NOT IN ('V3', 'V4')
  AND (coalesce(sw.ids, 0) = 0 OR coalesce(sw.decoms, 0) = 0 OR coalesce(sw.reasons, 0) = 0)
-- from 2024-25
-- The DfE no longer requires a reason: the episode open at the start of the year may leave it blank (SW13STG1).
WITH sw AS (
  SELECT CHILD, count(SW_ID) AS ids, count(SW_DECOM) AS decoms FROM sw_episodes GROUP BY CHILD
)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
LEFT JOIN sw ON sw.CHILD = e.CHILD
WHERE e.DEC IS NULL AND coalesce(e.LS, '') NOT IN ('V3', 'V4')
  AND (coalesce(sw.ids, 0) = 0 OR coalesce(sw.decoms, 0) = 0)
