-- rule 344
-- message: The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: OC3
-- DfE: for DIED or RHOM, activity and accommodation must both be coded 0 ("not provided"); anything else, blank
-- included, fails, as in the reference.
-- from 2023-24
SELECT 'OC3' AS table_name, row_no, CHILD AS child FROM oc3
WHERE IN_TOUCH IN ('DIED', 'RHOM') AND (ACTIV IS DISTINCT FROM '0' OR ACCOM IS DISTINCT FROM '0')
