-- rule 168
-- message: Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.
-- fields: UPN
-- tables: Header
-- A UPN is a letter (not I, O or S), eleven digits and a final digit or letter; an unknown one takes a UN code, so
-- a blank UPN fails too (the reference validator lets blank pass).
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child FROM header
WHERE UPN IS NULL OR NOT regexp_full_match(UPN, '[A-HJ-NP-RT-Z][0-9]{11}[0-9A-Z]|UN[1-5]')
