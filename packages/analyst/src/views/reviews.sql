-- view: reviews
-- about: One row per looked-after child review held (903 Reviews).
-- column la_code: The LA's DfE code.
-- column child_id [child]: The LA's id for the child.
-- column review_date: 903 REVIEW, the day it was held.
-- column review_code: 903 REVIEW_CODE, how the child took part (PN0-PN7).
-- column chaired_by_child: Whether the child chaired it.
SELECT la_code, child_id, review_date, review_code, chaired_by_child
FROM reviews
WHERE la_code = $laCode
