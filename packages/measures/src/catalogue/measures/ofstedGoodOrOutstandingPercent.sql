-- Of the children looked after on the date placed with an Ofsted-registered provider (a URN recorded on a placement
-- type the DfE asks a URN for: has_ofsted_urn; XXXXXXX, "no URN", is none, as the return reads it), those whose
-- provider's latest Ofsted judgement on or before the date is Good or Outstanding ($ofstedJudgements: the user's
-- file, src/reference/ofstedJudgements.ts). A provider with no judgement by the date (not in the file, or first
-- inspected later) is in the denominator and not the numerator: judgement blank. With no file supplied
-- ($ofstedJudgements NULL) nobody is in the denominator, so there is no figure.
SELECT r.child_id,
       r.registered AND coalesce(l.judgement IN ('Good', 'Outstanding'), false) AS in_numerator,
       r.registered AS in_denominator,
       r.urn, l.judgement, strftime(l.inspected_on, '%Y-%m-%d') AS inspected_on, r.place, r.placement_group
FROM (SELECT c.*, upper(c.urn) AS provider_urn,
             CAST($ofstedJudgements AS VARCHAR) IS NOT NULL AND c.has_ofsted_urn AND c.urn IS NOT NULL AND upper(c.urn) <> 'XXXXXXX' AS registered
      FROM cohort c) r
LEFT JOIN (
  -- Each provider's latest inspection on or before the date (two on one day: the later line of the file).
  SELECT j.urn, arg_max(j.judgement, (j.inspected_on, j.line)) AS judgement, max(j.inspected_on) AS inspected_on
  FROM (SELECT u.urn, u.judgement, CAST(u.inspected_on AS DATE) AS inspected_on, u.line
        FROM (SELECT unnest(from_json(CAST($ofstedJudgements AS VARCHAR),
                                      '[{"urn":"VARCHAR","judgement":"VARCHAR","inspected_on":"VARCHAR","line":"INTEGER"}]')) AS u)) j
  WHERE j.inspected_on <= CAST($periodEnd AS DATE)
  GROUP BY j.urn
) l ON l.urn = r.provider_urn
ORDER BY r.child_id
