-- rule 391
-- message: "Young person was not 17, 18, 19, 20 or 21 during the current collection year. "
-- fields: ACCOM, ACTIV, DOB, IN_TOUCH
-- tables: OC3
-- The care leaver outcomes (IN_TOUCH, ACTIV, ACCOM) are collected around the 17th to 21st birthdays: a young person
-- not yet 17 by the end of the collection year should have none of them. As in the reference validator (which
-- quotes the DfE's condition), only the lower age is checked.
-- from 2023-24
SELECT 'OC3' AS table_name, row_no, CHILD AS child
FROM oc3
WHERE DOB_date + INTERVAL 17 YEAR > collection_end()
  AND (IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL)
