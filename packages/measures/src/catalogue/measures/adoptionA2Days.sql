-- A2: days from the court's authority to place (the placement or freeing order: the first episode with LS E1 or D1
-- in the final period of care) to the match with the adopters, for children adopted in the period (LG Inform
-- metric 912): children not placed for adoption before the order, or with no placement or freeing order, or no
-- match, are left out (in_denominator false, named); a match before the authority counts as 0 days.
SELECT child_id,
       court_authority_on IS NOT NULL AND placed_for_adoption_on IS NOT NULL AND matched_on IS NOT NULL AS in_numerator,
       court_authority_on IS NOT NULL AND placed_for_adoption_on IS NOT NULL AND matched_on IS NOT NULL AS in_denominator,
       strftime(court_authority_on, '%Y-%m-%d') AS court_authority_on, strftime(matched_on, '%Y-%m-%d') AS matched_on,
       strftime(placed_for_adoption_on, '%Y-%m-%d') AS placed_for_adoption_on,
       CAST(greatest(date_diff('day', court_authority_on, matched_on), 0) AS INTEGER) AS days
FROM cohort ORDER BY child_id
