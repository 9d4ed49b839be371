-- rule 451
-- message: Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.
-- fields: DEC, LS, REC
-- tables: Episodes
-- An open episode (no DEC, no REC) cannot still be under a freeing order (D1).
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS = 'D1' AND DEC IS NULL AND REC IS NULL
