-- rule SW05STG1
-- message: Date social worker episode began is not a valid date.
-- fields: SW_DEC
-- tables: SWEpisodes
-- The DfE's message names the start date but the rule is on SW_DEC, the date the episode ended. Until 2025-26 a
-- partly unknown date (ZZ for the day or month, ZZZZ for the year) is valid when its known parts are.
-- A blank SW_DEC is an episode still open, which SW14STG2 and SW108STG2 judge, so it never fails here.
-- from 2023-24
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_DEC IS NOT NULL
  AND (len(string_split(SW_DEC, '/')) <> 3
       OR d903(CASE WHEN split_part(SW_DEC, '/', 1) = 'ZZ' THEN '01' ELSE split_part(SW_DEC, '/', 1) END || '/'
            || CASE WHEN split_part(SW_DEC, '/', 2) = 'ZZ' THEN '01' ELSE split_part(SW_DEC, '/', 2) END || '/'
            || CASE WHEN split_part(SW_DEC, '/', 3) = 'ZZZZ' THEN '2000' ELSE split_part(SW_DEC, '/', 3) END) IS NULL)
-- from 2025-26
-- The end date must now be a full DD/MM/YYYY date. The reference validator's 2025-26 version also fails a blank
-- SW_DEC, which would fail every open episode (the episode open at the end of last year, the child's current one)
-- against the DfE's own SW14STG2 and SW16 rules; careledger keeps a blank SW_DEC out of this rule.
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_DEC IS NOT NULL AND SW_DEC_date IS NULL
