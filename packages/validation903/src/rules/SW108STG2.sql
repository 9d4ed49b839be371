-- rule SW108STG2
-- message: A new social worker episode has started, but the previous episode has not ended.
-- fields: SW_DEC
-- tables: SWEpisodes
-- SW108STG2 is how the DfE's 2024-25 catalogue spells the code. In the reference validator this is SW08STG2 by its
-- place in the SW01-SW16 sequence and its file (lac2023_24/rule_SW08STG2.py), though the file registers the code
-- SW108STG2 as the catalogue does. careledger keeps the catalogue's code, so reports match the DfE's.
-- An episode with no end date must be the child's latest: any episode that another of the child's episodes begins
-- after (in start date order) should have ended. Episodes without a valid start date cannot be placed in order and
-- are left to SW03STG1/SW04STG1.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, SW_DEC, lead(row_no) OVER (PARTITION BY CHILD ORDER BY SW_DECOM_date, row_no) AS next_row
  FROM sw_episodes
  WHERE CHILD IS NOT NULL AND SW_DECOM_date IS NOT NULL
)
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE SW_DEC IS NULL AND next_row IS NOT NULL
