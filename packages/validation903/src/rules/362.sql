-- rule 362
-- message: Emergency protection order (EPO) lasted longer than 21 days
-- fields: DEC, DECOM, LS
-- tables: Episodes
-- An emergency protection order (LS L2): the DfE allows at most 21 days.
-- Back-to-back episodes under L2 are one spell of the status (legalStatusSpells.sql): every episode of a spell longer
-- than 21 days fails.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM legal_status_spells
WHERE LS = 'L2' AND spell_days > 21
