-- A3 as it was before 2014 (16 months): of the children adopted in the period with a placement for adoption recorded, those who moved in with their
-- adoptive family less than 16 months after entering care (the day 16 calendar months after entry is not within).
SELECT child_id,
       coalesce(placed_for_adoption_on < CAST(entered_care_on + INTERVAL 16 MONTH AS DATE), false) AS in_numerator,
       placed_for_adoption_on IS NOT NULL AS in_denominator,
       strftime(entered_care_on, '%Y-%m-%d') AS entered_care_on, strftime(placed_for_adoption_on, '%Y-%m-%d') AS placed_for_adoption_on
FROM cohort ORDER BY child_id
