-- rule 215
-- message: Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.
-- fields: ACCOM, ACTIV, CONVICTED, HEALTH_ASSESSMENT, HEALTH_CHECK, IMMUNISATIONS, INTERVENTION_OFFERED, INTERVENTION_RECEIVED, IN_TOUCH, SUBSTANCE_MISUSE, TEETH_CHECK
-- tables: OC2, OC3
-- A care leaver (any OC3 item given) should not also have OC2 outcome items; both rows are flagged.
-- from 2023-24
WITH bad AS (
  SELECT o3.row_no AS r3, o2.row_no AS r2, o3.CHILD
  FROM oc3 o3 JOIN oc2 o2 ON o2.CHILD = o3.CHILD
  WHERE (o3.IN_TOUCH IS NOT NULL OR o3.ACTIV IS NOT NULL OR o3.ACCOM IS NOT NULL)
    AND (o2.CONVICTED IS NOT NULL OR o2.HEALTH_CHECK IS NOT NULL OR o2.IMMUNISATIONS IS NOT NULL OR o2.TEETH_CHECK IS NOT NULL
      OR o2.HEALTH_ASSESSMENT IS NOT NULL OR o2.SUBSTANCE_MISUSE IS NOT NULL OR o2.INTERVENTION_RECEIVED IS NOT NULL
      OR o2.INTERVENTION_OFFERED IS NOT NULL)
)
SELECT 'OC3' AS table_name, r3 AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'OC2' AS table_name, r2 AS row_no, CHILD AS child FROM bad
