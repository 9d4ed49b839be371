-- rule 1001
-- message: The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]
-- fields: ACCOM, ACTIV, IN_TOUCH
-- tables: Episodes, Episodes_last, Header, OC3
-- needs: previousYear
-- A care leaver must be a relevant or former relevant child: looked after for at least 13 weeks (91 days) since
-- the 14th birthday, some of it after the 16th birthday, and not ending care by adoption (final REC E11/E12).
-- A 903 file shows only this year's and last year's episodes, so the rule needs last year's return; careledger's own
-- return adds the LA's earlier episodes (episodes_earlier), so a care leaver who left years ago is judged on their
-- whole time in care. Episodes present in both years count once (the one with a DEC kept); the child's latest
-- episode, if open, runs to the year end; short breaks (LS V3/V4) do not count. Where the reference departs: it
-- also flags children of 20 or more at the year end and children with no known DOB, whom it means to leave out (two
-- years of data cannot judge them); careledger leaves them out. DOB is the Header's, else the OC3 row's.
-- from 2023-24
WITH eps AS (
  SELECT CHILD, DECOM_date, DEC_date, LS, REC
  FROM (
    SELECT CHILD, DECOM_date, DEC_date, LS, REC,
           ROW_NUMBER() OVER (PARTITION BY CHILD, DECOM_date ORDER BY DEC_date NULLS LAST) AS n
    FROM (
      SELECT CHILD, DECOM_date, DEC_date, LS, REC FROM episodes WHERE DECOM_date IS NOT NULL
      UNION ALL
      SELECT CHILD, DECOM_date, DEC_date, LS, REC FROM episodes_last WHERE DECOM_date IS NOT NULL
      UNION ALL
      SELECT CHILD, DECOM_date, DEC_date, LS, REC FROM episodes_earlier WHERE DECOM_date IS NOT NULL
    ) AS u
  ) AS d
  WHERE n = 1
), ranked AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY CHILD ORDER BY DECOM_date DESC) AS from_last FROM eps
), cohort AS (
  SELECT o.row_no, o.CHILD, COALESCE(h.DOB_date, o.DOB_date) AS dob
  FROM oc3 o LEFT JOIN (SELECT CHILD, any_value(DOB_date) AS DOB_date FROM header GROUP BY CHILD) h ON h.CHILD = o.CHILD
), care AS (
  SELECT c.row_no,
         sum(greatest(0, date_diff('day', greatest(r.DECOM_date, CAST(c.dob + INTERVAL 14 YEAR AS DATE)),
                                   COALESCE(r.DEC_date, CASE WHEN r.from_last = 1 THEN collection_end() END)))) AS days14,
         sum(greatest(0, date_diff('day', greatest(r.DECOM_date, CAST(c.dob + INTERVAL 16 YEAR AS DATE)),
                                   COALESCE(r.DEC_date, CASE WHEN r.from_last = 1 THEN collection_end() END)))) AS days16
  FROM cohort c JOIN ranked r ON r.CHILD = c.CHILD
  WHERE r.LS IS DISTINCT FROM 'V3' AND r.LS IS DISTINCT FROM 'V4'
  GROUP BY c.row_no
)
SELECT 'OC3' AS table_name, c.row_no, c.CHILD AS child
FROM cohort c LEFT JOIN care ON care.row_no = c.row_no
WHERE c.dob IS NOT NULL AND CAST(c.dob + INTERVAL 20 YEAR AS DATE) > collection_end()
  AND (COALESCE(care.days14, 0) < 91 OR COALESCE(care.days16, 0) < 1
       OR EXISTS (SELECT 1 FROM ranked r WHERE r.CHILD = c.CHILD AND r.from_last = 1 AND r.REC IN ('E11', 'E12')))
