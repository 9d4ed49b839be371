-- rule SW16aSTG2
-- message: The social worker reason episode changed does not match the open episode at the end of last year.
-- fields: SW_ID
-- tables: SWEpisodes, SWEpisodes_last
-- needs: previousYear
-- Where last year's return ends with the child's social worker episode still open (its latest episode by start date
-- has no SW_DEC), the first episode of this year's return (by start date) is that same episode carried over, so its
-- SW_ID must be last year's. (The DfE's message speaks of the reason, but the rule is on SW_ID.)
-- from 2024-25
WITH open_last AS (
  SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY CHILD ORDER BY SW_DECOM_date DESC NULLS LAST, row_no DESC) AS n FROM sw_episodes_last
  ) AS l
  WHERE n = 1 AND SW_DEC IS NULL
),
first_now AS (
  SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY CHILD ORDER BY SW_DECOM_date NULLS LAST, row_no) AS n FROM sw_episodes
  ) AS c
  WHERE n = 1
)
SELECT 'SWEpisodes' AS table_name, f.row_no, f.CHILD AS child
FROM first_now f
JOIN open_last p ON p.CHILD = f.CHILD
WHERE f.SW_ID IS DISTINCT FROM p.SW_ID
-- retired 2025-26
