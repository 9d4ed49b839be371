-- rule 1016
-- message: Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: Episodes, OC3
-- A young person of 17 or 18 at the year end who ceased to be looked after on or after their 17th birthday
-- is not in the OC3 cohort (that is for those who left before 17 and reached 17-21 this year): care leaver data
-- fails. The reference approximates the birthdays with 365.2425-day years; careledger uses the real birthday.
-- from 2023-24
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child
FROM oc3 o
WHERE age_on(o.DOB_date, collection_end()) IN (17, 18)
  AND COALESCE(o.IN_TOUCH, o.ACTIV, o.ACCOM) IS NOT NULL
  AND EXISTS (SELECT 1 FROM episodes e
              WHERE e.CHILD = o.CHILD AND e.DEC_date >= CAST(o.DOB_date + INTERVAL 17 YEAR AS DATE))
