-- The child as now known: the latest details by fact date (then log position) win. For analysts and the data
-- quality checks; a return reads the details in force at its cutoff from child_details instead.
CREATE TABLE children (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  sex VARCHAR, date_of_birth DATE, ethnicity VARCHAR, upn VARCHAR, is_mother BOOLEAN, childs_dob DATE,
  uasc BOOLEAN, uasc_ceased DATE
);

DELETE FROM children WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO children
SELECT child_key, arg_max(la_code, k), arg_max(child_id, k), arg_max(sex, k), arg_max(date_of_birth, k),
       arg_max(ethnicity, k), arg_max(upn, k), arg_max(is_mother, k), arg_max(childs_date_of_birth, k), arg_max(uasc, k),
       arg_max(uasc_ceased_date, k)
FROM (SELECT *, (fact_date, log_partition, log_offset) AS k FROM fact_child_details_recorded)
GROUP BY child_key;
