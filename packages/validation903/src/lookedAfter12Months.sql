-- The children looked after continuously for 12 months at 31 March, as the DfE counts them for OC2 and its rules
-- (157, 185-198, 543-546): in care (short breaks, V3/V4, aside) from 1 April or before, with no period of care ending
-- in the year (a DEC whose REC is not X1) and none starting (RNE S) after 1 April.
CREATE OR REPLACE TABLE looked_after_12_months AS
SELECT CHILD FROM episodes
WHERE LS IS NULL OR LS NOT IN ('V3', 'V4')
GROUP BY CHILD
HAVING min(DECOM_date) <= collection_start()
   AND count_if(coalesce(DEC_date BETWEEN collection_start() AND collection_end() AND REC IS DISTINCT FROM 'X1', false)) = 0
   AND count_if(coalesce(DECOM_date > collection_start() AND RNE = 'S', false)) = 0;
