-- rule SW13STG1
-- message: The reason for social worker change is either not valid or has not been entered.
-- fields: SW_REASON
-- tables: SWEpisodes
-- The reference validator's 2023-24 version looks for a table named SW_Episodes and so never runs; careledger
-- applies the DfE's check.
-- from 2023-24
SELECT 'SWEpisodes' AS table_name, row_no, CHILD AS child
FROM sw_episodes
WHERE SW_REASON IS NULL
   OR SW_REASON NOT IN ('MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS')
-- from 2024-25
-- The child's first episode of the year may leave the reason blank, as its change may predate the collection: the
-- episode open on 1 April (the latest one begun before then, with no end or ending on or after 1 April) or, when
-- none was open, the first one begun in the year. A reason given must still be valid.
WITH ranked AS (
  SELECT row_no, CHILD, SW_DECOM_date, SW_DEC_date,
         row_number() OVER (PARTITION BY CHILD, SW_DECOM_date < collection_start() ORDER BY SW_DECOM_date DESC, row_no DESC) AS latest,
         row_number() OVER (PARTITION BY CHILD, SW_DECOM_date < collection_start() ORDER BY SW_DECOM_date, row_no) AS earliest
  FROM sw_episodes
  WHERE SW_DECOM_date IS NOT NULL
),
first_of_year AS (
  SELECT CHILD, arg_min(row_no, preference) AS row_no
  FROM (
    SELECT CHILD, row_no, 0 AS preference FROM ranked
    WHERE SW_DECOM_date < collection_start() AND latest = 1 AND (SW_DEC_date IS NULL OR SW_DEC_date >= collection_start())
    UNION ALL
    SELECT CHILD, row_no, 1 AS preference FROM ranked WHERE SW_DECOM_date >= collection_start() AND earliest = 1
  ) AS c
  GROUP BY CHILD
)
SELECT 'SWEpisodes' AS table_name, s.row_no, s.CHILD AS child
FROM sw_episodes s
WHERE (s.SW_REASON IS NULL AND NOT EXISTS (SELECT 1 FROM first_of_year f WHERE f.row_no = s.row_no))
   OR s.SW_REASON NOT IN ('MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS')
