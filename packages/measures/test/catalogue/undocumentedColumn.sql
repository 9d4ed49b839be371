-- A measure breaking the catalogue's contract, for registry.test.ts: place is not among its documented columns.
SELECT child_id, true AS in_numerator, false AS in_denominator, ls, place FROM cohort
