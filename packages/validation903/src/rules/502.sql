-- rule 502
-- message: Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.
-- fields: DECOM
-- tables: Episodes, Episodes_last
-- needs: previousYear
-- The open episode at the end of last year continues into this year, so this year's first episode has its start
-- date. careledger takes the latest episode of last year (the reference compares every open episode of last year,
-- which fails a child whose only stray open episode is an earlier one: the DfE speaks of the record ending open).
-- from 2023-24
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND c.DECOM_date <> p.DECOM_date
