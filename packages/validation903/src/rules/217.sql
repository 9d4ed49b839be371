-- rule 217
-- message: Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.
-- fields: DECOM, PLACE, RNE
-- tables: Episodes
-- Applies to A3/A5 episodes starting on or after 1 April 2015, when those codes came in; a blank RNE fails.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE IN ('A3', 'A5') AND DECOM_date >= DATE '2015-04-01' AND (RNE IS NULL OR RNE NOT IN ('S', 'T', 'U'))
