import { ageInYears, parseDdMmYyyy, type CalendarDate } from '@careledger/runtime';
import { ageBand, ethnicGroup, SHORT_BREAK_LEGAL_STATUSES, type CollectionYear, type EpisodeRow, type HeaderRow, type Ssda903Tables, type UascRow } from '@careledger/ssda903';
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

interface Episode {
  readonly child: string;
  readonly decom: CalendarDate;
  readonly dec: CalendarDate | undefined;
  readonly rne: string;
  readonly ls: string;
  readonly place: string;
  readonly rec: string;
}

function toEpisode(row: EpisodeRow): Episode {
  return {
    child: row.CHILD,
    decom: parseDdMmYyyy(row.DECOM) ?? row.DECOM,
    dec: row.DEC ? parseDdMmYyyy(row.DEC) ?? row.DEC : undefined,
    rne: row.RNE,
    ls: row.LS,
    place: row.PLACE,
    rec: row.REC,
  };
}

const SEX_NAMES: Record<string, string> = { '1': 'Male', '2': 'Female', M: 'Male', F: 'Female', U: 'Unknown' };

/** Per child, which episode describes them for a figure, and the date their UASC status is judged on. */
interface Selected {
  readonly episode: Episode;
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
    const duc = row.DUC ? parseDdMmYyyy(row.DUC) : undefined;
    return duc === undefined || duc >= on;
  }

  breakdowns(selected: ReadonlyMap<string, Selected>): Breakdowns {
    const result: Breakdowns = { sex: {}, ageBandAt31March: {}, ethnicGroup: {}, legalStatus: {}, placementType: {}, uasc: {} };
    const bump = (dimension: string, key: string) => {
      const counts = result[dimension]!;
      counts[key] = (counts[key] ?? 0) + 1;
    };
    for (const [child, { episode, uascOn }] of selected) {
      const header = this.header.get(child);
      const dob = header ? parseDdMmYyyy(header.DOB) : undefined;
      bump('sex', SEX_NAMES[header?.SEX ?? ''] ?? 'Not recorded');
      bump('ageBandAt31March', dob ? ageBand(ageInYears(dob, this.year.end)) : 'Not recorded');
      bump('ethnicGroup', header?.ETHNIC ? ethnicGroup(header.ETHNIC) : 'Not recorded');
      bump('legalStatus', episode.ls);
      bump('placementType', episode.place);
      bump('uasc', this.isUasc(child, uascOn) ? 'UASC' : 'Not UASC');
    }
    for (const dimension of Object.keys(result)) {
      result[dimension] = Object.fromEntries(Object.entries(result[dimension]!).sort(([a], [b]) => a.localeCompare(b)));
    }
    return result;
  }
}

function pick(episodes: readonly Episode[], keep: (e: Episode) => boolean, prefer: (a: Episode, b: Episode) => boolean, uascOn: (e: Episode) => CalendarDate): Map<string, Selected> {
  const chosen = new Map<string, Selected>();
  for (const episode of episodes) {
    if (!keep(episode)) continue;
    const current = chosen.get(episode.child);
    if (!current || prefer(episode, current.episode)) chosen.set(episode.child, { episode, uascOn: uascOn(episode) });
  }
  return chosen;
}

export interface HeadlineInput {
  readonly laCode: string;
  readonly year: CollectionYear;
  readonly tables: Ssda903Tables;
  readonly population?: readonly PopulationEstimate[];
}

/**
 * The DfE headline figures for one LA and collection year, computed from its 903 tables as DfE counts them:
 * children, not episodes; children under an agreed series of short breaks (V3/V4) excluded; starts count the first
 * start in the year and ceases the last cease (X1 is not a cease).
 */
export function headlineFigures(input: HeadlineInput): Figure[] {
  const { year, tables } = input;
  const episodes = tables.episodes.map(toEpisode).filter((e) => !SHORT_BREAK_LEGAL_STATUSES.includes(e.ls));
  const characteristics = new Characteristics(tables, year);
  const later = (a: Episode, b: Episode) => a.decom > b.decom;
  const earlier = (a: Episode, b: Episode) => a.decom < b.decom;

  const at31March = pick(episodes, (e) => e.decom <= year.end && (e.dec === undefined || e.dec > year.end), later, () => year.end);
  const during = pick(episodes, (e) => e.decom <= year.end && (e.dec === undefined || e.dec >= year.start), later, () => year.start);
  const started = pick(episodes, (e) => e.rne === 'S' && e.decom >= year.start && e.decom <= year.end, earlier, (e) => e.decom);
  const ceased = pick(
    episodes,
    (e) => e.dec !== undefined && e.dec >= year.start && e.dec <= year.end && e.rec !== '' && e.rec !== 'X1',
    (a, b) => (a.dec ?? '') > (b.dec ?? ''),
    (e) => e.dec ?? year.end,
  );

  const figure = (id: string, title: string, selected: Map<string, Selected>, extra: Breakdowns = {}): Figure => ({
    id, title, value: selected.size, breakdowns: { ...characteristics.breakdowns(selected), ...extra },
  });

  const reasonCeased: Record<string, number> = {};
  for (const { episode } of ceased.values()) reasonCeased[episode.rec] = (reasonCeased[episode.rec] ?? 0) + 1;

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
