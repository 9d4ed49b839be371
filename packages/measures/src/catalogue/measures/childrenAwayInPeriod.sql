-- A child is in the figure when an away-without-authorisation (A) incident of theirs started in the period or was
-- carried over into it (away on its first day), as DfE counts the children away from placement (anchors 2.8).
SELECT child_id, true AS in_numerator, false AS in_denominator,
       away_incidents, first_away_start, away_carried_over
FROM cohort
WHERE away_incidents > 0 OR away_carried_over
ORDER BY child_id
