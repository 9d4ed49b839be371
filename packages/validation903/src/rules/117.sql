-- rule 117
-- message: Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.
-- fields: DATE_PLACED, DATE_PLACED_CEASED, DEC, DECOM, REC
-- tables: Episodes, PlacedAdoption
-- A decision (to place, or to stop placing, for adoption) cannot be after the year end, nor after the end
-- of the child's latest ceased episode (latest valid DECOM among episodes whose REC is not X1). The decision row
-- and that episode are flagged. Unlike the reference, a decision after the year end fails even when the child has
-- no such episode (the DfE's 'beyond the current collection year' needs no episode).
-- from 2023-24
WITH latest AS (
  SELECT row_no, CHILD, DEC_date
  FROM (
    SELECT row_no, CHILD, DEC_date,
           ROW_NUMBER() OVER (PARTITION BY CHILD ORDER BY DECOM_date DESC, row_no DESC) AS n
    FROM episodes
    WHERE DECOM_date IS NOT NULL AND REC IS DISTINCT FROM 'X1'
  ) AS e
  WHERE n = 1
), bad AS (
  SELECT p.row_no AS pa_row, l.row_no AS ep_row, p.CHILD
  FROM placed_adoption p LEFT JOIN latest l ON l.CHILD = p.CHILD
  WHERE p.DATE_PLACED_date > collection_end() OR p.DATE_PLACED_CEASED_date > collection_end()
     OR p.DATE_PLACED_date > l.DEC_date OR p.DATE_PLACED_CEASED_date > l.DEC_date
)
SELECT 'PlacedAdoption' AS table_name, pa_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'Episodes' AS table_name, ep_row AS row_no, CHILD AS child FROM bad WHERE ep_row IS NOT NULL
