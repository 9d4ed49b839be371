-- rule 503E
-- message: The placement provider in the first episode does not match open episode at end of last year.
-- fields: PLACE_PROVIDER
-- tables: Episodes, Episodes_last
-- needs: previousYear
-- Where last year ended with an open episode (its latest episode has no DEC), this year's first episode is that
-- same episode carried over, so the field must be unchanged (blank matches blank). Last year's episodes are needed.
-- from 2023-24
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND c.PLACE_PROVIDER IS DISTINCT FROM p.PLACE_PROVIDER
