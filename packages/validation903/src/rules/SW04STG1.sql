-- rule SW04STG1
-- message: Date social worker episode began is not a valid date..
-- fields: SW_DECOM
-- tables: SWEpisodes
-- Until 2025-26 the DfE accepted a partly unknown start date, its unknown day, month or year written ZZ, ZZ or ZZZZ
-- (ZZ/ZZ/ZZZZ, 01/01/ZZZZ): such a date is valid when the known parts are. A blank date is SW03STG1's to report.
-- from 2023-24
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_DECOM IS NOT NULL
  AND (len(string_split(SW_DECOM, '/')) <> 3
       OR d903(CASE WHEN split_part(SW_DECOM, '/', 1) = 'ZZ' THEN '01' ELSE split_part(SW_DECOM, '/', 1) END || '/'
            || CASE WHEN split_part(SW_DECOM, '/', 2) = 'ZZ' THEN '01' ELSE split_part(SW_DECOM, '/', 2) END || '/'
            || CASE WHEN split_part(SW_DECOM, '/', 3) = 'ZZZZ' THEN '2000' ELSE split_part(SW_DECOM, '/', 3) END) IS NULL)
-- from 2025-26
-- The start date must now be a full DD/MM/YYYY date, and a blank one fails too.
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_DECOM_date IS NULL
