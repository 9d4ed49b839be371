-- rule 1011
-- message: This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: Episodes, OC3
-- A child whose final episode (latest valid DECOM) ended with REC = E3 (care transferred to another LA)
-- is not this LA's care leaver: any care leaver data fails.
-- from 2023-24
WITH final AS (
  SELECT CHILD, REC
  FROM (
    SELECT CHILD, REC, ROW_NUMBER() OVER (PARTITION BY CHILD ORDER BY DECOM_date DESC, row_no DESC) AS n
    FROM episodes
    WHERE DECOM_date IS NOT NULL
  ) AS e
  WHERE n = 1
)
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child
FROM oc3 o JOIN final f ON f.CHILD = o.CHILD
WHERE f.REC = 'E3' AND COALESCE(o.IN_TOUCH, o.ACTIV, o.ACCOM) IS NOT NULL
