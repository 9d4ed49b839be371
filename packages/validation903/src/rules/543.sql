-- rule 543
-- message: Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.
-- fields: CONVICTED, DOB
-- tables: Episodes, OC2
-- Only the OC2 row is flagged, as in the reference. "Aged 10 or over" includes a 10th birthday on 31 March; the
-- reference needs the birthday strictly before 31 March, careledger follows the message.
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
WHERE CONVICTED IS NULL AND age_on(DOB_date, collection_end()) >= 10 AND CHILD IN (SELECT CHILD FROM cla)
