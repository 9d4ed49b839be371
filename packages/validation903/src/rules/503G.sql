-- rule 503G
-- message: The distance in first episode does not match open episode at end of last year.
-- fields: PL_DISTANCE
-- tables: Episodes, Episodes_last
-- needs: previousYear, postcodes
-- Where last year ended with an open episode (its latest episode has no DEC), this year's first episode is that
-- same episode carried over, so the field must be unchanged (blank matches blank). Last year's episodes are needed.
-- Distances match within 0.2 miles (they are rounded); a distance on one side only is a mismatch either way (the
-- reference fails it only when last year's is the blank one).
-- from 2023-24
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND (abs(c.PL_DISTANCE - p.PL_DISTANCE) >= 0.2 OR ((c.PL_DISTANCE IS NULL) <> (p.PL_DISTANCE IS NULL)))
