import { oc3Cohort } from '../cohorts';
import { defineMeasure, type Measure, type MeasurePolarity, type MeasureSource } from '../defineMeasure';

/** The age bands DfE and the papers report care leavers in: 17-18 and 19-21 published separately, 17-21 together. */
export const CARE_LEAVER_AGE_BANDS = [[17, 18], [19, 21], [17, 21]] as const;

const COLUMNS = {
  age: 'age on the birthday in the period',
  in_touch: 'IN_TOUCH at the contact nearest the birthday',
  activity: 'ACTIV: main activity',
  accommodation: 'ACCOM: accommodation and its suitability (1 suitable, 2 not)',
} as const;

interface Outcome {
  readonly figure: string;
  readonly file: string;
  readonly title: string;
  /** The sentence with `{band}` where the age band goes. */
  readonly definition: string;
  readonly polarity: MeasurePolarity;
  readonly source: MeasureSource;
  readonly numerator: string;
  readonly denominator: string;
  readonly variant?: string;
  readonly bands?: readonly (readonly [number, number])[];
}

const COHORT_TEXT = 'care leavers aged {band} whose birthday fell in the period (the OC3 cohort: looked after for at least 13 weeks after their 14th birthday, some of it after their 16th), at the contact nearest that birthday';

const OUTCOMES: readonly Outcome[] = [
  { figure: 'eet', file: 'careLeaversEet', title: 'Care leavers aged {band} in education, employment or training', polarity: 'highIsGood', source: 'DfE',
    definition: `Of the ${COHORT_TEXT}, the percentage in education, employment or training, full or part time (DfE definition; those not in touch count in the denominator).`,
    numerator: 'activity F* or P*', denominator: 'the OC3 cohort of the band, not died or returned home' },
  { figure: 'neet', file: 'careLeaversNeet', title: 'Care leavers aged {band} not in education, employment or training', polarity: 'lowIsGood', source: 'DfE',
    definition: `Of the ${COHORT_TEXT}, the percentage not in education, employment or training (illness or disability, pregnancy or parenting, or other reasons; DfE definition).`,
    numerator: 'activity G4, G5 or G6', denominator: 'the OC3 cohort of the band, not died or returned home' },
  { figure: 'higher_education', file: 'careLeaversHigherEducation', title: 'Care leavers aged {band} in higher education', polarity: 'highIsGood', source: 'DfE',
    definition: `Of the ${COHORT_TEXT}, the percentage in higher education (university), full or part time.`,
    numerator: 'activity F1 or P1', denominator: 'the OC3 cohort of the band, not died or returned home' },
  { figure: 'apprenticeship', file: 'careLeaversApprenticeship', title: 'Care leavers aged {band} in an apprenticeship', polarity: 'highIsGood', source: 'DfE',
    definition: `Of the ${COHORT_TEXT}, the percentage in an apprenticeship, full or part time.`,
    numerator: 'activity F4 or P4', denominator: 'the OC3 cohort of the band, not died or returned home' },
  { figure: 'suitable_accommodation', file: 'careLeaversSuitableAccommodation', title: 'Care leavers aged {band} in suitable accommodation', polarity: 'highIsGood', source: 'DfE',
    definition: `Of the ${COHORT_TEXT}, the percentage in accommodation considered suitable; those gone abroad, deported or whose residence is not known are left out of the denominator, those not in touch are kept in it (DfE, LAIT 112).`,
    numerator: 'accommodation suitable (ACCOM ending 1)', denominator: 'the OC3 cohort of the band, not died or returned home, not gone abroad, deported or residence not known' },
  { figure: 'suitable_accommodation_all', file: 'careLeaversSuitableAccommodationAll', title: 'Care leavers aged {band} in suitable accommodation, unknown counted as unsuitable', polarity: 'highIsGood', source: 'local', variant: 'unknownUnsuitable',
    definition: `Of the ${COHORT_TEXT}, the percentage in accommodation considered suitable, with residence not known counted as not suitable (the local reading, Cheshire East P5.5).`,
    numerator: 'accommodation suitable (ACCOM ending 1)', denominator: 'the OC3 cohort of the band, not died or returned home' },
  { figure: 'in_touch', file: 'careLeaversInTouch', title: 'Care leavers aged {band} in touch', polarity: 'highIsGood', source: 'DfE',
    definition: `Of the ${COHORT_TEXT}, the percentage the council was in touch with.`,
    numerator: 'IN_TOUCH YES', denominator: 'the OC3 cohort of the band, not died or returned home' },
  { figure: 'staying_put', file: 'careLeaversStayingPut', title: 'Care leavers aged {band} staying put with their former foster carers', polarity: 'highIsGood', source: 'DfE',
    definition: `Of the ${COHORT_TEXT}, the percentage living with their former foster carers (staying put; DfE LAIT 354 counts ages 18 to 20).`,
    numerator: 'accommodation with former foster carers (ACCOM Z1 or Z2)', denominator: 'the OC3 cohort of the band, not died or returned home', bands: [[18, 20]] },
];

/** One measure per outcome and age band, from the outcome's one SQL file: the band is substituted, not restated. */
function forBands(outcome: Outcome): Measure[] {
  return (outcome.bands ?? CARE_LEAVER_AGE_BANDS).map(([from, to]) => {
    const band = `${from} to ${to}`;
    const measure = defineMeasure({
      id: `care_leavers_${from}_${to}_${outcome.figure}_percent`,
      title: outcome.title.replace('{band}', band),
      definition: outcome.definition.replaceAll('{band}', band),
      source: outcome.source,
      ...(outcome.variant ? { variant: outcome.variant } : {}),
      unit: 'percent',
      polarity: outcome.polarity,
      timing: 'flow',
      cohort: oc3Cohort,
      numerator: outcome.numerator,
      denominator: outcome.denominator,
      periods: ['year', 'yearToDate'],
      columns: COLUMNS,
      breakdowns: ['activity', 'accommodation'],
      sqlFile: new URL(`./${outcome.file}.sql`, import.meta.url),
    });
    return { ...measure, sql: measure.sql.replace(/\$ageFrom\b/g, String(from)).replace(/\$ageTo\b/g, String(to)) };
  });
}

/** Every care leaver outcome measure, band by band. */
export const CARE_LEAVER_OUTCOMES: readonly Measure[] = OUTCOMES.flatMap(forBands);
