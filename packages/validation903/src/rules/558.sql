-- rule 558
-- message: If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.
-- fields: DATE_PLACED_CEASED, REC
-- tables: Episodes, PlacedAdoption
-- An adopted child (REC E11/E12) must have an undisrupted decision: careledger fails the adoption episode when the
-- child's PlacedAdoption rows all carry a ceased date (a row with it blank is the decision that led to adoption;
-- earlier ceased decisions may stand beside it). The reference instead counts ceased dates per calendar year and
-- fails only two or more in one year, which misses a single ceased decision; careledger follows the DfE meaning.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes e
WHERE REC IN ('E11', 'E12')
  AND EXISTS (SELECT 1 FROM placed_adoption p WHERE p.CHILD = e.CHILD)
  AND NOT EXISTS (SELECT 1 FROM placed_adoption p WHERE p.CHILD = e.CHILD AND p.DATE_PLACED_CEASED IS NULL)
