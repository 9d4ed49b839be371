-- rule 453
-- message: Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.
-- fields: PL_DISTANCE
-- tables: Episodes, Episodes_last
-- needs: previousYear, postcodes
-- Last year's open final episode carried into this year (same RNE) must keep its distance, to within 0.2 miles
-- (the derived distances are rounded); a distance missing on either side is not compared.
-- from 2023-24
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND c.RNE = p.RNE AND abs(c.PL_DISTANCE - p.PL_DISTANCE) >= 0.2
