-- rule SW06STG2
-- message: Social worker episode data should be within the social worker data reporting year.
-- fields: SW_DECOM
-- tables: SWEpisodes
-- An episode may have begun in any earlier year (the child's social worker before this year), but not after the
-- collection year ends. Blank or invalid start dates are SW03STG1's and SW04STG1's.
-- from 2023-24
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_DECOM_date > collection_end()
