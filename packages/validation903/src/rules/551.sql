-- rule 551
-- message: Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.
-- fields: DATE_PLACED, PLACE
-- tables: Episodes, PlacedAdoption
-- An adoptive placement (A3-A6) needs a decision date for the child in PlacedAdoption. The reference also fails
-- when one of several PlacedAdoption rows is blank beside a dated one; careledger takes any dated row as the decision.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes e
WHERE PLACE IN ('A3', 'A4', 'A5', 'A6')
  AND NOT EXISTS (SELECT 1 FROM placed_adoption p WHERE p.CHILD = e.CHILD AND p.DATE_PLACED IS NOT NULL)
