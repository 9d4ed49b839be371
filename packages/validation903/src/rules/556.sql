-- rule 556
-- message: Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order was granted.
-- fields: DATE_PLACED, DECOM
-- tables: Episodes, PlacedAdoption
-- Every D1 (freeing order) episode starting before a decision date of the child fails; only episodes are flagged,
-- as in the reference.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes e
WHERE LS = 'D1' AND EXISTS (SELECT 1 FROM placed_adoption p WHERE p.CHILD = e.CHILD AND p.DATE_PLACED_date > e.DECOM_date)
