import { ageInYears, type CalendarDate } from '@careledger/runtime';
import {
  ageBand, ceasedInYear, continuesOnDec, ethnicGroup, lookedAfterAt31March, lookedAfterDuringYear, SHORT_BREAK_LEGAL_STATUSES, startedInYear,
  type CollectionYear, type ColumnsNeeded, type EpisodeRow, type HeaderRow, type Ssda903Tables, type UascRow,
} from '@careledger/ssda903';
import { denominatorFor, type PopulationEstimate } from './population';

export type Breakdowns = Record<string, Record<string, number>>;

export interface Figure {
  readonly id: string;
  readonly title: string;
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly breakdowns?: Breakdowns;
  readonly note?: string;
}

/** A cease whose REC was left blank (rule 148; see ceasedInYear). */
const REASON_NOT_RECORDED = 'Not recorded';

const SEX_NAMES: Record<string, string> = { '1': 'Male', '2': 'Female', M: 'Male', F: 'Female', U: 'Unknown' };

/** Per child, which episode describes them for a figure, and the date their UASC status is judged on. */
interface Selected {
  readonly episode: EpisodeRow;
  readonly uascOn: CalendarDate;
}

class Characteristics {
  private readonly header = new Map<string, HeaderRow>();
  private readonly uasc = new Map<string, UascRow>();

  constructor(tables: Ssda903Tables, private readonly year: CollectionYear) {
    for (const row of tables.header) this.header.set(row.CHILD, row);
    for (const row of tables.uasc) this.uasc.set(row.CHILD, row);
  }

  private isUasc(child: string, on: CalendarDate): boolean {
    const row = this.uasc.get(child);
    if (!row) return false;
    return row.DUC === '' || row.DUC >= on;
  }

  breakdowns(selected: ReadonlyMap<string, Selected>): Breakdowns {
    const result: Breakdowns = { sex: {}, ageBandAt31March: {}, ethnicGroup: {}, legalStatus: {}, placementType: {}, uasc: {} };
    const bump = (dimension: string, key: string) => {
      const counts = result[dimension]!;
      counts[key] = (counts[key] ?? 0) + 1;
    };
    for (const [child, { episode, uascOn }] of selected) {
      const header = this.header.get(child);
      const dob = header?.DOB || undefined;
      bump('sex', SEX_NAMES[header?.SEX ?? ''] ?? 'Not recorded');
      bump('ageBandAt31March', dob ? ageBand(ageInYears(dob, this.year.end)) : 'Not recorded');
      bump('ethnicGroup', header?.ETHNIC ? ethnicGroup(header.ETHNIC) : 'Not recorded');
      bump('legalStatus', episode.LS);
      bump('placementType', episode.PLACE);
      bump('uasc', this.isUasc(child, uascOn) ? 'UASC' : 'Not UASC');
    }
    for (const dimension of Object.keys(result)) {
      result[dimension] = Object.fromEntries(Object.entries(result[dimension]!).sort(([a], [b]) => a.localeCompare(b)));
    }
    return result;
  }
}

function pick(episodes: readonly EpisodeRow[], keep: (e: EpisodeRow) => boolean, prefer: (a: EpisodeRow, b: EpisodeRow) => boolean, uascOn: (e: EpisodeRow) => CalendarDate): Map<string, Selected> {
  const chosen = new Map<string, Selected>();
  for (const episode of episodes) {
    if (!keep(episode)) continue;
    const current = chosen.get(episode.CHILD);
    if (!current || prefer(episode, current.episode)) chosen.set(episode.CHILD, { episode, uascOn: uascOn(episode) });
  }
  return chosen;
}

/**
 * The columns the headline figures read, so a 903 folder read for them is refused only for what they need: a folder
 * lacking any other column (postcodes, URN, UPN, MOTHER, ...) still gives the figures.
 */
export const HEADLINE_FIGURE_COLUMNS = {
  header: ['CHILD', 'SEX', 'DOB', 'ETHNIC'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
  uasc: ['CHILD', 'DUC'],
} as const satisfies ColumnsNeeded;

export interface HeadlineInput {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly tables: Ssda903Tables;
  readonly population?: readonly PopulationEstimate[];
}

/**
 * The DfE headline figures for one LA and collection year, computed from its 903 tables as DfE counts them:
 * children, not episodes; children under an agreed series of short breaks (V3/V4) excluded; starts count the first
 * start in the year and ceases the last cease (X1 is not a cease; a DEC with a blank REC is one unless care goes on).
 */
export function headlineFigures(input: HeadlineInput): Figure[] {
  const { year, tables } = input;
  const episodes = tables.episodes.filter((e) => !SHORT_BREAK_LEGAL_STATUSES.includes(e.LS));
  const characteristics = new Characteristics(tables, year);
  const later = (a: EpisodeRow, b: EpisodeRow) => a.DECOM > b.DECOM;
  const earlier = (a: EpisodeRow, b: EpisodeRow) => a.DECOM < b.DECOM;

  const at31March = pick(episodes, (e) => lookedAfterAt31March(e, year), later, () => year.end);
  const during = pick(episodes, (e) => lookedAfterDuringYear(e, year), later, () => year.start);
  const started = pick(episodes, (e) => startedInYear(e, year), earlier, (e) => e.DECOM);
  const continued = continuesOnDec(tables.episodes);
  const ceased = pick(episodes, (e) => ceasedInYear(e, year, continued(e)), (a, b) => a.DEC > b.DEC, (e) => e.DEC || year.end);

  const figure = (id: string, title: string, selected: Map<string, Selected>, extra: Breakdowns = {}): Figure => ({
    id, title, value: selected.size, breakdowns: { ...characteristics.breakdowns(selected), ...extra },
  });

  const reasonCeased: Record<string, number> = {};
  for (const { episode } of ceased.values()) {
    const reason = episode.REC || REASON_NOT_RECORDED;
    reasonCeased[reason] = (reasonCeased[reason] ?? 0) + 1;
  }

  const denominator = input.population ? denominatorFor(input.population, input.laCode, year.endYear) : undefined;
  const rate: Figure = denominator
    ? {
        id: 'cla_rate_per_10000',
        title: 'Children looked after at 31 March per 10,000 children aged 0 to 17',
        value: Math.round((at31March.size / denominator.estimate) * 10_000),
        numerator: at31March.size,
        denominator: denominator.estimate,
        note: `ONS mid-${denominator.midYear} estimate of the 0-17 population, as DfE uses for the year ending 31 March ${year.endYear}`,
      }
    : {
        id: 'cla_rate_per_10000',
        title: 'Children looked after at 31 March per 10,000 children aged 0 to 17',
        value: null,
        numerator: at31March.size,
        note: `no mid-${year.endYear - 1} population estimate for LA ${input.laCode} was supplied`,
      };

  return [
    figure('cla_at_31_march', 'Children looked after at 31 March', at31March),
    rate,
    figure('cla_during_year', 'Children looked after at any time during the year', during),
    figure('started_in_year', 'Children who started to be looked after during the year (first start)', started),
    figure('ceased_in_year', 'Children who ceased to be looked after during the year (last cease)', ceased, {
      reasonCeased: Object.fromEntries(Object.entries(reasonCeased).sort(([a], [b]) => a.localeCompare(b))),
    }),
  ];
}
