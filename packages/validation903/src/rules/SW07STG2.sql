-- rule SW07STG2
-- message: Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.
-- fields: SW_DEC
-- tables: SWEpisodes
-- Blank (open) or invalid end dates are left to SW05STG1 and SW14STG2.
-- from 2023-24
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_DEC_date < collection_start() OR SW_DEC_date > collection_end()
-- from 2024-25
-- The social worker reporting period now starts a year before the collection year (1 April of the previous year).
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_DEC_date < collection_start() - INTERVAL 1 YEAR OR SW_DEC_date > collection_end()
