-- How many children an LA's projections hold: the continuous check reads only the children a derive touched when
-- they are fewer than half of them.
SELECT count(*) AS n FROM children WHERE la_code = $laCode
