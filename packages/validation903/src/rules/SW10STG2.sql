-- rule SW10STG2
-- message: A new social worker episode has started before the end date of the previous social worker episode.
-- fields: SW_DECOM
-- tables: SWEpisodes
-- The DfE: an episode's start must be within 7 days either side of the end of the child's previous episode (by
-- start, then end date), so episodes neither overlap nor leave a gap. The child's first episode has no previous one.
-- Where the previous episode has no end date the reference validator fails this episode too; careledger leaves that
-- to SW108STG2, which names exactly that case, and leaves invalid dates to SW04STG1/SW05STG1.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, SW_DECOM_date,
         lag(SW_DEC_date) OVER (PARTITION BY CHILD ORDER BY SW_DECOM_date NULLS LAST, SW_DEC_date NULLS LAST, row_no) AS previous_end
  FROM sw_episodes
)
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE abs(date_diff('day', previous_end, SW_DECOM_date)) > 7
-- from 2024-25
-- An episode begun for the reason FCONTA (the end of the worker's fixed contract) is exempt.
WITH ordered AS (
  SELECT row_no, CHILD, SW_REASON, SW_DECOM_date,
         lag(SW_DEC_date) OVER (PARTITION BY CHILD ORDER BY SW_DECOM_date NULLS LAST, SW_DEC_date NULLS LAST, row_no) AS previous_end
  FROM sw_episodes
)
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE abs(date_diff('day', previous_end, SW_DECOM_date)) > 7 AND coalesce(SW_REASON, '') <> 'FCONTA'
