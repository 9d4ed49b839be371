-- rule 151
-- message: All data items relating to a childs adoption must be coded or left blank.
-- fields: DATE_INT, DATE_MATCH, FOSTER_CARE, LS_ADOPTR, NB_ADOPTER, SEX_ADOPTR
-- tables: AD1
-- The catalogue names NB_ADOPTER; the column is NB_ADOPTR. A row fails when some of the six items are given and some blank.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1
WHERE ((DATE_INT IS NOT NULL)::INT + (DATE_MATCH IS NOT NULL)::INT + (FOSTER_CARE IS NOT NULL)::INT + (NB_ADOPTR IS NOT NULL)::INT + (SEX_ADOPTR IS NOT NULL)::INT + (LS_ADOPTR IS NOT NULL)::INT) NOT IN (0, 6)
