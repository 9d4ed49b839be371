-- rule 582
-- message: Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.
-- fields: DATE_MATCH, DEC
-- tables: AD1, Episodes
-- The adoption episode is flagged (the reference flags only the episode, not the AD1 row).
-- from 2023-24
SELECT DISTINCT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e JOIN ad1 a ON a.CHILD = e.CHILD
WHERE e.REC IN ('E11', 'E12') AND e.DEC_date = a.DATE_MATCH_date
