-- rule 208
-- message: Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.
-- fields: UPN
-- tables: Header, Header_last
-- needs: previousYear
-- A known UPN must not change. Allowed: both blank (left to 442); UN1 or blank last year to UN2-UN5 now; unknown
-- (UN code or blank) last year to a real UPN now. Blank last year to UN1 now fails, as the reference's tests assert.
-- from 2023-24
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE h.UPN IS DISTINCT FROM l.UPN
  AND NOT ((l.UPN IS NULL OR l.UPN = 'UN1') AND h.UPN IN ('UN2', 'UN3', 'UN4', 'UN5'))
  AND NOT ((l.UPN IS NULL OR l.UPN IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5'))
           AND h.UPN IS NOT NULL AND h.UPN NOT IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5'))
