-- rule SW14STG2
-- message: Social worker episode date ceased is blank.
-- fields: SW_DEC
-- tables: SWEpisodes
-- Only the child's latest episode (by start date) may still be open. The reference orders episodes by the start date
-- as text (DD/MM/YYYY), which puts 02/01/2024 after 01/02/2024; careledger orders by the date. An SW_DEC that is
-- given but not a date is SW05STG1's, not blank.
-- from 2023-24
WITH ranked AS (
  SELECT row_no, CHILD, SW_DEC, row_number() OVER (PARTITION BY CHILD ORDER BY SW_DECOM_date DESC NULLS LAST, row_no DESC) AS latest
  FROM sw_episodes
)
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM ranked
WHERE SW_DEC IS NULL AND latest > 1
