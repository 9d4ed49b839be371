-- rule SW16bSTG2
-- message: The social worker episode start date does not match the open episode at the end of last year.
-- fields: SW_DECOM
-- tables: SWEpisodes, SWEpisodes_last
-- needs: previousYear
-- Where last year's return ends with the child's social worker episode still open (its latest episode by start date
-- has no SW_DEC), the first episode of this year's return (by start date) is that same episode carried over, so its
-- SW_DECOM must be last year's. Dates are compared as dates, text that is not a date as text.
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
WHERE coalesce(CAST(f.SW_DECOM_date AS VARCHAR), f.SW_DECOM) IS DISTINCT FROM coalesce(CAST(p.SW_DECOM_date AS VARCHAR), p.SW_DECOM)
