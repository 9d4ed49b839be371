-- rule 363
-- message: Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.
-- fields: DEC, DECOM, LS
-- tables: Episodes
-- A child assessment order (LS L3) may last at most 7 days under s43 of the Children Act 1989.
-- Back-to-back episodes under L3 are one spell of the status (legalStatusSpells.sql): every episode of a spell longer
-- than 7 days fails.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM legal_status_spells
WHERE LS = 'L3' AND spell_days > 7
