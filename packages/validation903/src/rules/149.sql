-- rule 149
-- message: "Reason episode ceased code is not valid. "
-- fields: REC
-- tables: Episodes
-- A blank REC (open episode) is rule 148's matter.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE REC IS NOT NULL
  AND REC NOT IN ('E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48', 'E5', 'E6', 'E7',
                  'E8', 'E9', 'E14', 'E15', 'E16', 'E17', 'X1')
