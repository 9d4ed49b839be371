-- rule 516
-- message: The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.
-- fields: PLACE, REC
-- tables: Episodes
-- E45/E46 (staying put with former foster carers) must end a U1-U6 placement; a blank PLACE also fails.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE REC IN ('E45', 'E46') AND (PLACE IS NULL OR PLACE NOT IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6'))
