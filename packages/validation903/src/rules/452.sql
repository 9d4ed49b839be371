-- rule 452
-- message: Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.
-- fields: PL_LA
-- tables: Episodes, Episodes_last
-- needs: previousYear, postcodes, localAuthorities
-- Last year's open final episode carried into this year (same RNE, as the DfE frames it) must keep its
-- placement LA (derived from the placement postcode).
-- from 2023-24
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND c.RNE = p.RNE AND c.PL_LA IS DISTINCT FROM p.PL_LA
