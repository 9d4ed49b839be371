import { formatDdMmYyyy, minDate, type CalendarDate } from '@careledger/runtime';
import type { ProjectionStore } from '@careledger/projections';
import {
  placementCodeForYear, sexCodeForYear, type CollectionYear, type EpisodeRow, type HeaderRow, type MissingRow,
  type ReviewRow, type Ssda903Tables, type UascRow,
} from '@careledger/ssda903';

export interface ReturnScope {
  readonly laCode: string;
  readonly year: CollectionYear;
  /** Facts after this date are not yet known: a return run mid-year is as at today. */
  readonly asAt: CalendarDate;
}

const date = (value: string | null | undefined): string => (value ? formatDdMmYyyy(value) : '');
const text = (value: string | null | undefined): string => value ?? '';

/**
 * Selects the 903 rows for one LA and collection year from the projections, by the 903 inclusion rules: every child
 * looked after at any time in the year, with their episodes open during it. An episode still open at the end of the
 * year (or at the as-at date, mid-year) is reported open: no DEC, REC or REASON_PLACE_CHANGE.
 */
export async function selectSsda903Tables(store: ProjectionStore, scope: ReturnScope): Promise<Ssda903Tables> {
  const { laCode, year } = scope;
  const cutoff = minDate(year.end, scope.asAt);
  const params = { laCode, yearStart: year.start, cutoff };

  const episodeRows = await store.query<Record<string, string | null>>(
    `SELECT child_id, strftime(decom, '%Y-%m-%d') AS decom, rne, ls, cin, place, place_provider,
            CASE WHEN dec <= CAST($cutoff AS DATE) THEN strftime(dec, '%Y-%m-%d') END AS dec,
            CASE WHEN dec <= CAST($cutoff AS DATE) THEN rec END AS rec,
            CASE WHEN dec <= CAST($cutoff AS DATE) THEN reason_place_change END AS reason_place_change,
            home_post, pl_post, urn
     FROM episodes
     WHERE la_code = $laCode AND decom <= CAST($cutoff AS DATE) AND (dec IS NULL OR dec >= CAST($yearStart AS DATE))
     ORDER BY child_id, decom`,
    params,
  );
  const episodes: EpisodeRow[] = episodeRows.map((r) => ({
    CHILD: text(r.child_id), DECOM: date(r.decom), RNE: text(r.rne), LS: text(r.ls), CIN: text(r.cin),
    PLACE: placementCodeForYear(text(r.place), year), PLACE_PROVIDER: text(r.place_provider), DEC: date(r.dec),
    REC: text(r.rec), REASON_PLACE_CHANGE: text(r.reason_place_change), HOME_POST: text(r.home_post),
    PL_POST: text(r.pl_post), URN: text(r.urn),
  }));

  const inScope = `child_id IN (SELECT DISTINCT child_id FROM episodes
      WHERE la_code = $laCode AND decom <= CAST($cutoff AS DATE) AND (dec IS NULL OR dec >= CAST($yearStart AS DATE)))`;

  const childRows = await store.query<Record<string, string | boolean | null>>(
    `SELECT c.child_id, sex, strftime(date_of_birth, '%Y-%m-%d') AS dob, ethnicity, upn, is_mother,
            strftime(childs_dob, '%Y-%m-%d') AS mc_dob, uasc, strftime(uasc_ceased, '%Y-%m-%d') AS duc
     FROM (SELECT DISTINCT child_id FROM episodes
           WHERE la_code = $laCode AND decom <= CAST($cutoff AS DATE) AND (dec IS NULL OR dec >= CAST($yearStart AS DATE))) c
     LEFT JOIN children ch ON ch.child_key = $laCode || ':' || c.child_id
     ORDER BY c.child_id`,
    params,
  );
  const dobByChild = new Map(childRows.map((r) => [r.child_id as string, date(r.dob as string | null)]));
  const header: HeaderRow[] = childRows.map((r) => ({
    CHILD: r.child_id as string,
    SEX: r.sex ? sexCodeForYear(r.sex as string, year) : '',
    DOB: date(r.dob as string | null),
    ETHNIC: text(r.ethnicity as string | null),
    UPN: text(r.upn as string | null),
    MOTHER: r.is_mother === null || r.is_mother === undefined ? '' : r.is_mother ? '1' : '0',
    MC_DOB: date(r.mc_dob as string | null),
  }));
  const uasc: UascRow[] = childRows
    .filter((r) => r.uasc === true && (r.duc === null || (r.duc as string) >= year.start))
    .map((r) => ({
      CHILD: r.child_id as string,
      DOB: date(r.dob as string | null),
      SEX: r.sex ? sexCodeForYear(r.sex as string, year) : '',
      DUC: r.duc && (r.duc as string) <= cutoff ? date(r.duc as string) : '',
    }));

  const reviewRows = await store.query<Record<string, string>>(
    `SELECT child_id, strftime(review_date, '%Y-%m-%d') AS review, review_code FROM reviews
     WHERE la_code = $laCode AND ${inScope} AND review_date BETWEEN CAST($yearStart AS DATE) AND CAST($cutoff AS DATE)
     ORDER BY child_id, review_date, review_code`,
    params,
  );
  const reviews: ReviewRow[] = reviewRows.map((r) => ({
    CHILD: r.child_id!, DOB: dobByChild.get(r.child_id!) ?? '', REVIEW: date(r.review), REVIEW_CODE: r.review_code!,
  }));

  const missingRows = await store.query<Record<string, string | null>>(
    `SELECT child_id, missing_type, strftime(mis_start, '%Y-%m-%d') AS mis_start,
            CASE WHEN mis_end <= CAST($cutoff AS DATE) THEN strftime(mis_end, '%Y-%m-%d') END AS mis_end
     FROM missing_episodes
     WHERE la_code = $laCode AND ${inScope} AND mis_start <= CAST($cutoff AS DATE)
       AND (mis_end IS NULL OR mis_end >= CAST($yearStart AS DATE))
     ORDER BY child_id, mis_start, mis_end NULLS LAST, missing_type`,
    params,
  );
  const missing: MissingRow[] = missingRows.map((r) => ({
    CHILD: r.child_id!, DOB: dobByChild.get(r.child_id!) ?? '', MISSING: r.missing_type!, MIS_START: date(r.mis_start),
    MIS_END: date(r.mis_end),
  }));

  return { header, episodes, reviews, missing, uasc };
}
