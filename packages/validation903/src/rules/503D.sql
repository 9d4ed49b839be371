-- rule 503D
-- message: The placement type in the first episode does not match open episode at end of last year
-- fields: PLACE
-- tables: Episodes
-- needs: previousYear
-- Where last year ended with an open episode (its latest episode has no DEC), this year's first episode is that
-- same episode carried over, so the field must be unchanged (blank matches blank). Last year's episodes are needed.
-- The DfE lets the carried-over episode be recoded where a placement code was replaced: H5 to K3 in 2024-25 and
-- 2025-26 (H5 ended with the supported accommodation regulations), Z1 to Z11-Z14 from 2025-26 (Z1 was split). The
-- stored reference still checks collectionYear 2024 only for H5/K3 and has no Z1 allowance: careledger follows
-- the DfE years as the anchors note gives them.
-- from 2023-24
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND c.PLACE IS DISTINCT FROM p.PLACE
-- from 2024-25
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND c.PLACE IS DISTINCT FROM p.PLACE
  AND NOT (p.PLACE = 'H5' AND c.PLACE = 'K3')
-- from 2025-26
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND c.PLACE IS DISTINCT FROM p.PLACE
  AND NOT (p.PLACE = 'H5' AND c.PLACE = 'K3') AND NOT (p.PLACE = 'Z1' AND c.PLACE IN ('Z11', 'Z12', 'Z13', 'Z14'))
-- from 2026-27
SELECT 'Episodes' AS table_name, c.row_no, c.CHILD AS child
FROM first_episodes c JOIN last_episodes_last p ON p.CHILD = c.CHILD
WHERE p.DEC IS NULL AND c.PLACE IS DISTINCT FROM p.PLACE
  AND NOT (p.PLACE = 'Z1' AND c.PLACE IN ('Z11', 'Z12', 'Z13', 'Z14'))
