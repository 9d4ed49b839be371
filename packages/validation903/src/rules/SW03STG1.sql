-- rule SW03STG1
-- message: For each social worker episode, information should be complete.
-- fields: SW_DECOM, SW_ID, SW_REASON
-- tables: SWEpisodes
-- SW_DEC may be blank (the episode is still open), so it is not one of the items that must be complete.
-- from 2023-24
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_ID IS NULL OR SW_DECOM IS NULL OR SW_REASON IS NULL
