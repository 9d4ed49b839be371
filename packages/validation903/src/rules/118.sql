-- rule 118
-- message: Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.
-- fields: DECOM, DECOM, LS
-- tables: Episodes, PlacedAdoption
-- A decision to stop placing for adoption must fall in this collection year and not before the start of the
-- child's earliest episode other than short breaks (LS V3/V4). The decision row and that episode are flagged.
-- Unlike the reference, a cessation before the year's start fails even when the child has no such episode.
-- from 2023-24
WITH earliest AS (
  SELECT row_no, CHILD, DECOM_date
  FROM (
    SELECT row_no, CHILD, DECOM_date,
           ROW_NUMBER() OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS n
    FROM episodes
    WHERE DECOM_date IS NOT NULL AND LS IS DISTINCT FROM 'V3' AND LS IS DISTINCT FROM 'V4'
  ) AS e
  WHERE n = 1
), bad AS (
  SELECT p.row_no AS pa_row, f.row_no AS ep_row, p.CHILD
  FROM placed_adoption p LEFT JOIN earliest f ON f.CHILD = p.CHILD
  WHERE p.DATE_PLACED_CEASED_date < collection_start() OR p.DATE_PLACED_CEASED_date < f.DECOM_date
)
SELECT 'PlacedAdoption' AS table_name, pa_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'Episodes' AS table_name, ep_row AS row_no, CHILD AS child FROM bad WHERE ep_row IS NOT NULL
