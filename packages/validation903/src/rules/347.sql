-- rule 347
-- message: Care leavers aged under 18 years, can not be accommodated in a Foyer.
-- fields: DEC, PLACE, URN
-- tables: OC3
-- DfE: ACCOM T (foyer) needs the young person to be 18 or over at the collection start.
-- from 2023-24
SELECT 'OC3' AS table_name, row_no, CHILD AS child FROM oc3
WHERE ACCOM = 'T' AND age_on(DOB_date, collection_start()) < 18
