-- rule 345
-- message: The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: OC3
-- from 2023-24
SELECT 'OC3' AS table_name, row_no, CHILD AS child FROM oc3 WHERE IN_TOUCH = 'YES' AND (ACTIV = '0' OR ACCOM = '0')
