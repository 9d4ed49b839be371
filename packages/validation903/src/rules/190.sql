-- rule 190
-- message: Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.
-- fields: CONVICTED, HEALTH_ASSESSMENT, HEALTH_CHECK, IMMUNISATIONS, INTERVENTION_OFFERED, INTERVENTION_RECEIVED, SUBSTANCE_MISUSE, TEETH_CHECK
-- tables: Episodes, OC2
-- Looked after continuously for 12 months at 31 March (cla), as the DfE counts it: in care (respite V3/V4 aside)
-- from 1 April or before, with no period of care ending (a DEC whose REC is not X1) and none starting (RNE S) in the year.
-- from 2023-24
WITH cla AS (
  SELECT CHILD FROM episodes
  WHERE LS IS NULL OR LS NOT IN ('V3', 'V4')
  GROUP BY CHILD
  HAVING min(DECOM_date) <= collection_start()
     AND count_if(coalesce(DEC_date BETWEEN collection_start() AND collection_end() AND REC IS DISTINCT FROM 'X1', false)) = 0
     AND count_if(coalesce(DECOM_date > collection_start() AND RNE = 'S', false)) = 0
)
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE NOT EXISTS (SELECT 1 FROM cla WHERE cla.CHILD = oc2.CHILD)
  AND (CONVICTED IS NOT NULL OR HEALTH_CHECK IS NOT NULL OR IMMUNISATIONS IS NOT NULL OR TEETH_CHECK IS NOT NULL
       OR HEALTH_ASSESSMENT IS NOT NULL OR SUBSTANCE_MISUSE IS NOT NULL OR INTERVENTION_RECEIVED IS NOT NULL
       OR INTERVENTION_OFFERED IS NOT NULL)
