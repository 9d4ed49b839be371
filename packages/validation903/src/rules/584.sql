-- rule 584
-- message: Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.
-- fields: DATE_PLACED
-- tables: PlacedAdoption, PlacedAdoption_last
-- needs: previousYear
-- When last year's decision was ceased (a ceased date or reason given), this year's decision must be a new one: its
-- DATE_PLACED must be given and later than last year's.
-- from 2023-24
SELECT DISTINCT 'PlacedAdoption' AS table_name, p.row_no, p.CHILD AS child
FROM placed_adoption p
JOIN placed_adoption_last l ON l.CHILD = p.CHILD
WHERE (l.DATE_PLACED_CEASED IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL)
  AND (p.DATE_PLACED_date IS NULL OR p.DATE_PLACED_date <= l.DATE_PLACED_date)
