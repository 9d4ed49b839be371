-- rule 364
-- message: Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.
-- fields: DEC, DECOM, LS
-- tables: Episodes
-- A child detained under PACE in LA accommodation (LS J2) may be held only briefly: the DfE's limit is 21 days.
-- Back-to-back episodes under J2 are one spell of the status (legalStatusSpells.sql): every episode of a spell longer
-- than 21 days fails.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM legal_status_spells
WHERE LS = 'J2' AND spell_days > 21
