-- rule SW02STG1
-- message: Social worker ID does not begin with the characters ‘SW’ or ‘XX’.
-- fields: SW_ID
-- tables: SWEpisodes
-- A blank ID does not begin with SW or XX either, so it fails here as well as in SW03STG1, as the DfE's check reads.
-- Lower-case sw/xx reach the rule upper-cased, so they pass (the reference fails them).
-- from 2023-24
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_ID IS NULL OR left(SW_ID, 2) NOT IN ('SW', 'XX')
-- from 2025-26
-- The DfE now also wants characters after the prefix: an ID of fewer than four characters fails.
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_ID IS NULL OR left(SW_ID, 2) NOT IN ('SW', 'XX') OR length(SW_ID) < 4
