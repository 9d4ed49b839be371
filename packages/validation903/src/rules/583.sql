-- rule 583
-- message: More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.
-- fields: DATE_PLACED, DATE_PLACED_CEASED
-- tables: PlacedAdoption
-- Every decision but the latest (by DATE_PLACED) must have been ceased; a child with two or more open decisions has
-- all of them flagged, the latest included.
-- from 2023-24
WITH p AS (
  SELECT row_no, CHILD, DATE_PLACED_CEASED,
         row_number() OVER (PARTITION BY CHILD ORDER BY DATE_PLACED_date DESC NULLS LAST, row_no) AS k,
         count(*) FILTER (WHERE DATE_PLACED_CEASED IS NULL) OVER (PARTITION BY CHILD) AS open_count
  FROM placed_adoption
)
SELECT 'PlacedAdoption' AS table_name, row_no, CHILD AS child
FROM p
WHERE DATE_PLACED_CEASED IS NULL AND (k > 1 OR open_count > 1)
