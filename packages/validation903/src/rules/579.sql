-- rule 579
-- message: A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.
-- fields: DATE_PLACED, DATE_PLACED_CEASED
-- tables: PlacedAdoption
-- The later decision is flagged when the one before it (by DATE_PLACED) has no valid ceased date or ceased after it.
-- Decisions without a valid DATE_PLACED cannot be ordered and are left out.
-- from 2023-24
WITH p AS (
  SELECT row_no, CHILD, DATE_PLACED_date,
         LAG(row_no) OVER w AS prev_row, LAG(DATE_PLACED_CEASED_date) OVER w AS prev_ceased
  FROM placed_adoption
  WHERE DATE_PLACED_date IS NOT NULL
  WINDOW w AS (PARTITION BY CHILD ORDER BY DATE_PLACED_date, row_no)
)
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child
FROM p
WHERE prev_row IS NOT NULL AND (prev_ceased IS NULL OR DATE_PLACED_date < prev_ceased)
