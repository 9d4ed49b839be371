-- rule SW09STG2
-- message: Social worker episode appears to have lasted for less than 24 hours.
-- fields: SW_DEC, SW_DECOM
-- tables: SWEpisodes
-- Dates are compared as dates (the reference compares the text, so two equal invalid dates fail there); an open
-- episode or one with an invalid date is not judged.
-- from 2023-24
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_DEC_date = SW_DECOM_date
-- from 2025-26
-- The DfE widened the check: an episode ending less than three days after it began fails, as does one ending before
-- it began.
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE date_diff('day', SW_DECOM_date, SW_DEC_date) < 3
