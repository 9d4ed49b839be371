-- rule 153
-- message: All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: OC3
-- from 2023-24
SELECT 'OC3' AS table_name, row_no, CHILD AS child FROM oc3 WHERE ((IN_TOUCH IS NOT NULL)::INT + (ACTIV IS NOT NULL)::INT + (ACCOM IS NOT NULL)::INT) NOT IN (0, 3)
