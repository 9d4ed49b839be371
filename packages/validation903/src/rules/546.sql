-- rule 546
-- message: Children aged 5 or over at 31 March should not have health promotion information completed.
-- fields: DOB, HEALTH_CHECK
-- tables: Episodes, OC2
-- As in the reference, only children looked after for 12 months are checked (for the others any OC2 item is
-- rule 190's failure); only the OC2 row is flagged.
-- from 2023-24
WITH cla AS (
  -- Looked after continuously for 12 months at 31 March, counted as rule 190 does: in care (respite V3/V4 aside)
  -- from 1 April or before, with no period of care ending (a DEC whose REC is not X1) and none starting (RNE S).
  SELECT CHILD FROM episodes
  WHERE LS IS NULL OR LS NOT IN ('V3', 'V4')
  GROUP BY CHILD
  HAVING min(DECOM_date) <= collection_start()
     AND count(*) FILTER (WHERE DEC_date BETWEEN collection_start() AND collection_end() AND REC IS DISTINCT FROM 'X1') = 0
     AND count(*) FILTER (WHERE DECOM_date > collection_start() AND RNE = 'S') = 0
)
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE HEALTH_CHECK IS NOT NULL AND age_on(DOB_date, collection_end()) >= 5 AND CHILD IN (SELECT CHILD FROM cla)
