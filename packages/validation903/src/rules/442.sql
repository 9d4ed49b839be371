-- rule 442
-- message: Unique Pupil Number (UPN) field is not completed.
-- fields: UPN
-- tables: Episodes, Header
-- A child with any episode other than a short break (V3/V4) needs a UPN (or an UN code); the header row fails.
-- from 2023-24
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h
WHERE h.UPN IS NULL
  AND EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = h.CHILD AND e.LS IS DISTINCT FROM 'V3' AND e.LS IS DISTINCT FROM 'V4')
