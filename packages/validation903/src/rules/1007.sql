-- rule 1007
-- message: Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: Episodes, OC3
-- OC3 covers young people who left care: a 17- or 18-year-old (at the year end) who was looked after on
-- their birthday in the year (DECOM on or before it, and DEC after it or still open) is still in care, so care
-- leaver data fails. The reference misses open episodes (its DEC > birthday is false for a blank DEC); careledger
-- counts an open episode as looked after, as the DfE means.
-- from 2023-24
WITH leavers AS (
  SELECT row_no, CHILD,
         CAST(DOB_date + to_years(age_on(DOB_date, collection_end())) AS DATE) AS bday
  FROM oc3
  WHERE age_on(DOB_date, collection_end()) IN (17, 18)
    AND COALESCE(IN_TOUCH, ACTIV, ACCOM) IS NOT NULL
)
SELECT 'OC3' AS table_name, l.row_no, l.CHILD AS child
FROM leavers l
WHERE EXISTS (SELECT 1 FROM episodes e
              WHERE e.CHILD = l.CHILD AND e.DECOM_date <= l.bday AND (e.DEC_date > l.bday OR e.DEC IS NULL))
