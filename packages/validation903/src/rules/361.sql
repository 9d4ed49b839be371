-- rule 361
-- message: Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.
-- fields: DEC, DECOM, LS
-- tables: Episodes
-- Police protection (LS L1) may last at most 72 hours under s46 of the Children Act 1989: more than 3 days fails.
-- Back-to-back episodes under L1 are one spell of the status (legalStatusSpells.sql): every episode of a spell longer
-- than 3 days fails.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM legal_status_spells
WHERE LS = 'L1' AND spell_days > 3
