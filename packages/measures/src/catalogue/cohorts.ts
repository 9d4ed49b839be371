import { OC2_SELECT_SQL, OC3_SELECT_SQL } from '@careledger/ssda903';
import { defineCohort, type Cohort } from './defineMeasure';
import { placementGroupsSql } from './placementGroups';

const sqlFile = (name: string) => new URL(`./cohorts/${name}.sql`, import.meta.url);

/** Columns: child_id, episode_started, ls, place, place_provider (of the episode open on the date), uasc (boolean), uasc_ends, date_of_birth (DATE). */
export const lookedAfterAt = defineCohort({
  id: 'lookedAfterAt',
  description: 'Children looked after on the date, short breaks (V3/V4) excluded, described by the episode open that day',
  sqlFile: sqlFile('lookedAfterAt'),
});

/** Columns: child_id, started_on, ls, cin, place (of the first start in the period). */
export const startedInPeriod = defineCohort({
  id: 'startedInPeriod',
  description: 'Children who started to be looked after in the period (first start), short breaks (V3/V4) excluded',
  sqlFile: sqlFile('startedInPeriod'),
});

/** Columns: child_id, ceased_on, rec, ls, period_started (of the last cease in the period). */
export const ceasedInPeriod = defineCohort({
  id: 'ceasedInPeriod',
  description: 'Children who ceased to be looked after in the period (last cease, X1 is not a cease), short breaks (V3/V4) excluded',
  sqlFile: sqlFile('ceasedInPeriod'),
});

/**
 * Columns: day (DATE), is_working_day (boolean), working_days_to (the working days from 2000-01-01 to the day,
 * inclusive). The one England and Wales working-day calendar statutory clocks read (reviews, initial health
 * assessments): a cohort reads it by name with cohortOver, e.g. `reads: { working_day_calendar: workingDayCalendar }`.
 */
export const workingDayCalendar = defineCohort({
  id: 'workingDayCalendar',
  description: 'Every day of 2000-2030 with whether it is a working day in England and Wales and the working days counted to it',
  sqlFile: sqlFile('workingDayCalendar'),
});

// Missing and away (issue 8 point 3): who was looked after during a period, their incidents, and both per child.

/** Columns: child_id, first_episode_started, looked_after_at_end (boolean). */
export const lookedAfterDuring = defineCohort({
  id: 'lookedAfterDuring',
  description: 'Children looked after at any time in the period (an episode overlapping it), short breaks (V3/V4) excluded',
  sqlFile: sqlFile('lookedAfterDuring'),
});

/**
 * One row per incident (record_id). Columns: child_id, record_id, missing_type (M/A), mis_start, mis_end (blank when
 * open at the period's end), started_in_period, carried_over, open_at_end (booleans), days (blank when open), place,
 * ls (of the episode the child went missing from), age_at_start, age_group.
 */
export const missingIncidents = defineCohort({
  id: 'missingIncidents',
  description: 'Missing (M) and away (A) incidents that began while the child was looked after (not on a short break), started in the period or open on its first day',
  sqlFile: sqlFile('missingIncidents'),
});

/**
 * A cohort stated over others: each is a relation its SQL reads by name, so a rule stated once in one cohort is
 * not restated in another.
 */
export function cohortOver(input: { id: string; description: string; sqlFile: URL; reads: Readonly<Record<string, Cohort>> }): Cohort {
  const own = defineCohort(input);
  const relations = Object.entries(input.reads).map(([name, cohort]) => `${name} AS (\n${cohort.sql}\n)`).join(',\n');
  return { ...own, sql: `WITH ${relations}\nSELECT * FROM (\n${own.sql}\n)` };
}

/**
 * One row per child looked after during the period. Columns: child_id, first_episode_started, looked_after_at_end,
 * missing_incidents, away_incidents (started in the period), missing_carried_over, away_carried_over,
 * first_missing_start, first_away_start, most_missing_in_a_month, busiest_month ('YYYY-MM').
 */
export const missingByChild = cohortOver({
  id: 'missingByChild',
  description: 'Children looked after during the period, each with their missing and away incidents of the period',
  sqlFile: sqlFile('missingByChild'),
  reads: { looked_after_during: lookedAfterDuring, missing_incidents: missingIncidents },
});

// Placement stability (issue 8 point 3): who is looked after on a date with their placements, time in care and with
// the same carers; placement moves in a period.

/**
 * Columns: child_id, date_of_birth, age (on the date), period_started (the current period of care), placement_type
 * (PLACE on the date), carer_since (with the same carers since, DATE; an adoptive placement with new carers counts
 * the time with the carers before), placements_in_year and placement_starts_in_year (the twelve months to the
 * date), placements_in_two_years and placement_starts_in_two_years, in_care_2_5_years, in_care_2_years and
 * same_carers_2_years (booleans). The children of lookedAfterAt, described for stability measures.
 */
export const inCareWithPlacementAt = cohortOver({
  id: 'inCareWithPlacementAt',
  description: 'Children looked after on the date, with the start of their current period of care, their age, how long they have lived with the same carers and their placements in the year and two years to the date',
  sqlFile: sqlFile('inCareWithPlacementAt'),
  reads: { looked_after_at: lookedAfterAt },
});

/**
 * Columns: child_id, adopted_on, rec, entered_care_on, placed_for_adoption_on, moved_in_with_carers_on,
 * court_authority_on, matched_on (DATEs), foster_carers_adopting (boolean): children adopted in the period.
 */
export const adoptedInPeriod = defineCohort({
  id: 'adoptedInPeriod',
  description: 'Children adopted in the period (REC E11/E12), with the dates of their final period of care the adoption scorecard measures between',
  sqlFile: sqlFile('adoptedInPeriod'),
});

/**
 * The OC2 cohort of a collection year, as the 903 return states it (packages/ssda903/src/return/oc2.sql, read here,
 * not restated): children looked after continuously for at least 12 months at its end, one row each with the OC2
 * columns ("CHILD", "DOB", "HEALTH_ASSESSMENT", ... as '1'/'0'/blank), over the period's start and end.
 */
const oc2Return: Cohort = {
  id: 'oc2Return',
  description: 'The 903 OC2 table of the period',
  sql: OC2_SELECT_SQL.replace(/\$yearStart\b/g, '$periodStart').replace(/\$cutoff\b/g, '$periodEnd'),
};

/**
 * Columns: child_id, age (on 31 March), health_assessment, teeth_check, immunisations, development_assessment
 * ('1'/'0'/blank as the OC2 has them), sdq_score (INTEGER), convicted, substance_misuse.
 */
export const oc2Cohort = cohortOver({
  id: 'oc2',
  description: 'Children looked after continuously for at least 12 months at the end of the year (the 903 OC2 cohort), with their OC2 outcomes',
  sqlFile: sqlFile('oc2Outcomes'),
  reads: { oc2_return: oc2Return },
});

/**
 * The care leavers of the OC3 for the period, as the 903 return states them (packages/ssda903/src/return/oc3.sql):
 * young people whose 17th to 21st birthday falls in it and who are care leavers on it, with the contact nearest
 * the birthday ("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"). One with no contact around the birthday has no row
 * (a return issue), so is in no figure.
 */
const oc3Return: Cohort = {
  id: 'oc3Return',
  description: 'The 903 OC3 table of the period',
  sql: OC3_SELECT_SQL.replace(/\$yearStart\b/g, '$periodStart').replace(/\$cutoff\b/g, '$periodEnd'),
};

/** Columns: child_id, age (on the birthday in the period), in_touch, activity, accommodation. */
export const oc3Cohort = cohortOver({
  id: 'oc3',
  description: 'Care leavers whose 17th to 21st birthday falls in the period (the 903 OC3 cohort), with the contact nearest the birthday',
  sqlFile: sqlFile('oc3Outcomes'),
  reads: { oc3_return: oc3Return },
});


/**
 * Columns: child_id, date_of_birth (DATE), age (on the date), qualifying_days (looked after from the 14th birthday
 * to the day the status is judged), looked_after (on the date), last_ceased_on (DATE) and last_rec (the last cease
 * by the date, X1 aside), status ('eligible', 'relevant', 'former_relevant' or blank), status_before_18 ('eligible'
 * or 'relevant' on the day before the 18th birthday, for those 18 or over), left_out_because (why one with
 * qualifying care has no status), last_in_touch_on (DATE: the latest contact in touch in the 12 months to the date).
 */
export const careLeaverStatusAt = defineCohort({
  id: 'careLeaverStatusAt',
  description: 'Young people aged 16 to 24 on the date who were looked after for 13 weeks from their 14th birthday, some of it at 16 or over (short breaks left out, the dead left out), with whether they are eligible, relevant or former relevant that day',
  sqlFile: sqlFile('careLeaverStatusAt'),
});

/** One row per move (record_id). Columns: child_id, record_id, moved_on (DATE), rne, place (moved to). */
export const placementMovesInPeriod = defineCohort({
  id: 'placementMovesInPeriod',
  description: 'Placement moves in the period: each new placement that did not begin a period of care, short breaks left out',
  sqlFile: sqlFile('placementMovesInPeriod'),
});

/** Columns: child_id, moves (in the period), move_dates ('YYYY-MM-DD' each, earliest first). The children of lookedAfterAt at the period's end. */
export const lookedAfterAtWithMoves = cohortOver({
  id: 'lookedAfterAtWithMoves',
  description: 'Children looked after at the end of the period, each with their placement moves in the period',
  sqlFile: sqlFile('lookedAfterAtWithMoves'),
  reads: { looked_after_at: lookedAfterAt, placement_moves: placementMovesInPeriod },
});

// Placements (issue 8 point 3): who is placed where on a date, by type and provider, and how far from home.

/** The one grouping rule (placementGroups.ts) as a relation a cohort reads: every PLACE code with every provider. */
const placementGroups: Cohort = {
  id: 'placementGroups',
  description: 'PLACE x PLACE_PROVIDER -> the placement group committee papers report (placementGroups.ts)',
  sql: placementGroupsSql(),
};

/**
 * Columns: child_id, episode_started, ls, place (as known on the date), place_provider, placement_group,
 * has_ofsted_urn (whether the DfE asks for a URN for this PLACE), uasc, home_post, pl_post, urn,
 * placement_distance_miles (recorded on the placement, not a 903 field). The children of lookedAfterAt.
 */
export const placedAt = cohortOver({
  id: 'placedAt',
  description: 'Children looked after on the date (not V3/V4), with the type, provider, group, postcodes and URN of the placement they were in that day',
  sqlFile: sqlFile('placedAt'),
  reads: { looked_after_at: lookedAfterAt, placement_groups: placementGroups },
});

/**
 * placedAt's columns, then home_located_by, placement_located_by ('postcode', 'sector' or blank), placement_la,
 * placement_la_known, centroid_distance_miles: where the home and the placement are, from the user's postcode lookup.
 */
export const placedWithLocationAt = cohortOver({
  id: 'placedWithLocationAt',
  description: 'Children looked after on the date, with where their home and placement are by the postcode lookup: the placement\'s LA and the distance between them',
  sqlFile: sqlFile('placedWithLocationAt'),
  reads: { placed_at: placedAt },
});

// Reviews (issue 8 point 3): the statutory review clock and participation.

/**
 * One row per review occasion (record_id): each review held in a period of care, then the one the period awaits.
 * Columns: child_id, record_id, period_started ('YYYY-MM-DD'), review_number (in the period of care), due_on and
 * held_on (DATE; held_on blank for the awaited review), in_timescale (held on or before due_on), review_code (PN0-PN7,
 * blank when not recorded), chaired_by_child (blank when not recorded), age_at_review.
 */
export const reviewOccasions = cohortOver({
  id: 'reviewOccasions',
  description: 'Looked-after reviews on the statutory clock: each review held in a period of care and the next one due, with its due date (20 working days, then 3 months, then 6 months)',
  sqlFile: sqlFile('reviewOccasions'),
  reads: { working_day_calendar: workingDayCalendar },
});

// Health (issue: initial health assessments): the statutory IHA clock from the day a child becomes looked after.

/**
 * Columns: child_id, started_on, requested_on, completed_on (the first IHA request and assessment in that period of
 * care), due_on (the 20th working day after started_on), ended_on (blank while in care; DATEs), then booleans
 * requested_within_2_days (calendar days), completed_within_20_working_days (on or before due_on),
 * in_care_20_working_days (not ceased by due_on). The children of startedInPeriod.
 */
export const initialHealthAssessments = cohortOver({
  id: 'initialHealthAssessments',
  description: 'Children who started to be looked after in the period (not short breaks), with when their initial health assessment was requested, when it was due (20 working days) and when it was carried out',
  sqlFile: sqlFile('initialHealthAssessments'),
  reads: { working_day_calendar: workingDayCalendar, started_in_period: startedInPeriod },
});
