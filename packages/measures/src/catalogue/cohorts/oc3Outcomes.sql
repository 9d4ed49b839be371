-- The OC3 table of the period (oc3_return: packages/ssda903/src/return/oc3.sql, run over the period) in the names
-- the measures use; the age is the one reached on the birthday in the period.
SELECT "CHILD" AS child_id, CAST(date_sub('year', CAST("DOB" AS DATE), CAST($periodEnd AS DATE)) AS INTEGER) AS age,
       "IN_TOUCH" AS in_touch, "ACTIV" AS activity, "ACCOM" AS accommodation
FROM oc3_return
