-- rule 191
-- message: Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.
-- fields: CHILD, HEALTH_ASSESSMENT, IMMUNISATIONS, SUBSTANCE_MISUSE, TEETH_CHECK
-- tables: Episodes, OC2
-- The four core items are required; the others depend on answers (interventions) or age (convictions, health checks).
-- A CLA child with no OC2 row at all is flagged on their first episode.
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
SELECT 'OC2' AS table_name, o.row_no, o.CHILD AS child FROM oc2 o JOIN cla ON cla.CHILD = o.CHILD
WHERE o.IMMUNISATIONS IS NULL OR o.TEETH_CHECK IS NULL OR o.HEALTH_ASSESSMENT IS NULL OR o.SUBSTANCE_MISUSE IS NULL
UNION ALL
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e JOIN cla ON cla.CHILD = e.CHILD
WHERE NOT EXISTS (SELECT 1 FROM oc2 o WHERE o.CHILD = e.CHILD)
QUALIFY row_number() OVER (PARTITION BY e.CHILD ORDER BY e.DECOM_date NULLS LAST, e.row_no) = 1
