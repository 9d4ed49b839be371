-- AD1: one row per child adopted between 1 April and the cutoff (an episode ceasing E11 or E12; the latest, should
-- there be two). DATE_INT is the decision to place for adoption in force when the child was adopted (the same date
-- as its PlacedAdoption DATE_PLACED, rule 523); DATE_MATCH and the adopters' items come from the latest match on or
-- before the adoption. An adoption is always reported (rule 601): an item with no fact behind it is blank, so the
-- gap shows in the return and its validation rather than the adoption going missing.
SELECT a.child_id AS "CHILD", strftime(c.date_of_birth, '%Y-%m-%d') AS "DOB",
       strftime(d.decision_date, '%Y-%m-%d') AS "DATE_INT", strftime(m.match_date, '%Y-%m-%d') AS "DATE_MATCH",
       CASE WHEN m.foster_carers_adopting THEN '1' WHEN NOT m.foster_carers_adopting THEN '0' END AS "FOSTER_CARE",
       CAST(m.number_of_adopters AS VARCHAR) AS "NB_ADOPTR", m.adopters_sex AS "SEX_ADOPTR",
       m.adopters_legal_status AS "LS_ADOPTR"
FROM (SELECT child_key, child_id, dec AS adopted_on FROM episodes
      WHERE la_code = $laCode AND rec IN ('E11', 'E12') AND dec BETWEEN CAST($yearStart AS DATE) AND CAST($cutoff AS DATE)
      QUALIFY row_number() OVER (PARTITION BY child_key ORDER BY dec DESC) = 1) a
JOIN in_year_children c ON c.child_id = a.child_id
LEFT JOIN adoption_decisions d ON d.child_key = a.child_key AND d.adopted_on = a.adopted_on
LEFT JOIN adoption_matches m ON m.child_key = a.child_key AND m.match_date <= a.adopted_on
QUALIFY row_number() OVER (PARTITION BY a.child_key ORDER BY m.match_date DESC NULLS LAST, m.log_partition DESC, m.log_offset DESC) = 1
ORDER BY a.child_id
