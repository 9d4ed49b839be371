-- rule SW11STG2
-- message: Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.
-- fields: SW_DEC
-- tables: SWEpisodes
-- The failing row is the episode that ended (SW_DEC, as the DfE names the field) when the child has no later episode.
-- The reference validator instead fails the next episode when its start is not the previous end (and never the
-- case the message names, a last episode with no successor, except by comparing across children); how far a next
-- episode may start from the previous end is SW10STG2's check. A social worker episode of a looked-after child ends
-- when care ends, so only an episode ending while the child is still looked after (an episode open after it) fails:
-- otherwise every child who left care in the year would.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, SW_DEC_date, lead(row_no) OVER (PARTITION BY CHILD ORDER BY SW_DECOM_date NULLS LAST, row_no) AS next_row
  FROM sw_episodes
)
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE SW_DEC_date < collection_end() AND next_row IS NULL
  AND EXISTS (
    SELECT 1 FROM episodes e
    WHERE e.CHILD = ordered.CHILD AND e.DECOM_date <= ordered.SW_DEC_date AND (e.DEC_date IS NULL OR e.DEC_date > ordered.SW_DEC_date))
