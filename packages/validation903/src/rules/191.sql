-- rule 191
-- message: Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.
-- fields: CHILD, HEALTH_ASSESSMENT, IMMUNISATIONS, SUBSTANCE_MISUSE, TEETH_CHECK
-- tables: Episodes, OC2
-- The four core items are required; the others depend on answers (interventions) or age (convictions, health checks).
-- A CLA child with no OC2 row at all is flagged on their first episode.
-- Looked after continuously for 12 months at 31 March (cla) as the DfE counts it: lookedAfter12Months.sql.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, o.row_no, o.CHILD AS child FROM oc2 o JOIN cla ON cla.CHILD = o.CHILD
WHERE o.IMMUNISATIONS IS NULL OR o.TEETH_CHECK IS NULL OR o.HEALTH_ASSESSMENT IS NULL OR o.SUBSTANCE_MISUSE IS NULL
UNION ALL
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e JOIN cla ON cla.CHILD = e.CHILD
WHERE NOT EXISTS (SELECT 1 FROM oc2 o WHERE o.CHILD = e.CHILD)
QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DECOM_date NULLS LAST, e.row_no) = 1
