-- rule INT21
-- message: Internal Check: SEX in UASC is different to SEX in Header.
-- fields: SEX
-- tables: Header, UASC
-- SEX was recoded from 1/2 to M/F in 2024-25. The DfE's check is whether both tables give the child the same sex,
-- so 1 and M (and 2 and F) are read as the same; the reference validator compares the codes as written, which
-- fails a return that mixes the two codings. A blank SEX on either side is left to the SEX rules.
-- from 2023-24
SELECT 'UASC' AS table_name, u.row_no, u.CHILD AS child
FROM uasc u
JOIN header h ON h.CHILD = u.CHILD
WHERE u.SEX IS NOT NULL AND h.SEX IS NOT NULL
  AND CASE u.SEX WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE u.SEX END
   <> CASE h.SEX WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE h.SEX END
