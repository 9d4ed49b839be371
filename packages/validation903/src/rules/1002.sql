-- rule 1002
-- message: This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: Episodes, Episodes_last, OC3
-- needs: previousYear
-- A care leaver must have been looked after: an OC3 child with no episode this year or last fails.
-- Without last year's return nearly every care leaver would fail, so the rule needs it. careledger's own return
-- adds the LA's earlier episodes (episodes_earlier), which a 903 file cannot: its care leavers who left before last
-- year then pass, where a file's fail as the DfE's message warns.
-- from 2023-24
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child
FROM oc3 o
WHERE o.CHILD NOT IN (SELECT CHILD FROM episodes WHERE CHILD IS NOT NULL
                      UNION ALL SELECT CHILD FROM episodes_last WHERE CHILD IS NOT NULL
                      UNION ALL SELECT CHILD FROM episodes_earlier WHERE CHILD IS NOT NULL)
