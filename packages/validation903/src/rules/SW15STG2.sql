-- rule SW15STG2
-- message: Reason for social worker change is missing.
-- fields: SW_REASON
-- tables: SWEpisodes
-- An episode begun within the social worker reporting period (from 1 April of the year before the collection year)
-- needs its reason; one begun earlier may predate the recording of reasons. An episode without a valid start date
-- cannot be shown to be earlier, so it needs one too.
-- from 2024-25
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_REASON IS NULL AND (SW_DECOM_date IS NULL OR SW_DECOM_date >= collection_start() - INTERVAL 1 YEAR)
