import { codeLists, type CodeListName } from '@careledger/ssda903';
import type { Shown } from '@careledger/measures';
import type { FigureIndex } from './figureIndex';
import { formatValue } from './formatFigure';
import type { ReportPeriod } from './reportInput';

/** A table cell: its text, and whether it is a count (what public mode must never show between 1 and 5). */
export interface TableCell {
  readonly text: string;
  readonly count?: Shown | null;
}

export interface TableView {
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly note?: string;
}

const countCell = (n: Shown | null | undefined): TableCell => ({ text: formatValue(n ?? null, 'count'), count: n ?? null });
const textCell = (text: string): TableCell => ({ text });

function labelOf(list: CodeListName, code: string): string {
  return codeLists[list].find((e) => e.code === code)?.label ?? code;
}

/** Worcestershire's table (seeds 3.1.1): reviews held each month, how many in timescale, the percentage; the year pooled. */
function reviewTimeliness(index: FigureIndex, collectionYear: string): TableView {
  const months = index.series('reviews_held_in_timescale_percent', 'month');
  const year = index.year('reviews_held_in_timescale_percent');
  const row = (label: string, f: (typeof months)[number] | undefined): TableCell[] => [
    textCell(label), countCell(f?.denominator), countCell(f?.numerator), textCell(formatValue(f?.value ?? null, 'percent')),
  ];
  return {
    id: 'review-timeliness', caption: 'Timeliness of looked-after reviews, by month',
    columns: ['Month', 'Reviews held', 'Held in timescale', '% in timescale'],
    rows: [...months.map((f) => row((f.reportingPeriod ?? f.period).label, f)), ...(year ? [row(`Whole year ${collectionYear} (pooled)`, year)] : [])],
    note: 'A review is in timescale when held by its due date on the statutory clock (20 working days, 3 months, then 6 months). The year is pooled: every review of the year over all of them, not a mean of the months.',
  };
}

/** Thurrock's (seeds 000-001 3.3): reviews by how the child participated, "not recorded" its own category. */
function participation(index: FigureIndex, period: ReportPeriod, collectionYear: string): TableView {
  const figure = index.get('review_participation_by_code', period.grain, period.label) ?? index.year('review_participation_by_code');
  const byCode = figure?.breakdowns['review_code'] ?? {};
  const codes = [...codeLists.participation.map((e) => e.code), 'not recorded'];
  return {
    id: 'review-participation', caption: `Participation at reviews held in ${(figure?.reportingPeriod ?? figure?.period)?.label ?? period.label}, by participation code`,
    columns: ['Code', 'How the child participated', 'Reviews'],
    rows: codes.map((code) => [textCell(code === 'not recorded' ? '–' : code), textCell(code === 'not recorded' ? 'Not recorded' : labelOf('participation', code)), countCell(byCode[code] ?? 0)]),
  };
}

/** Children starting and ceasing to be looked after, month by month. */
function startsAndCeases(index: FigureIndex, collectionYear: string): TableView {
  const starts = index.series('started_in_period', 'month');
  const ceases = new Map(index.series('ceased_in_period', 'month').map((f) => [(f.reportingPeriod ?? f.period).label, f]));
  const yearStarts = index.year('started_in_period');
  const yearCeases = index.year('ceased_in_period');
  return {
    id: 'starts-and-ceases', caption: 'Children starting and ceasing to be looked after, by month',
    columns: ['Month', 'Started', 'Ceased'],
    rows: [
      ...starts.map((f) => { const label = (f.reportingPeriod ?? f.period).label; return [textCell(label), countCell(f.value), countCell(ceases.get(label)?.value)]; }),
      ...(yearStarts ? [[textCell(`Year ${collectionYear} to date`), countCell(yearStarts.value), countCell(yearCeases?.value)]] : []),
    ],
  };
}

function breakdownTable(input: { id: string; caption: string; heading: string; counts: Readonly<Record<string, Shown>>; order?: readonly string[]; label?: (key: string) => string }): TableView {
  const keys = input.order ? input.order.filter((k) => k in input.counts).concat(Object.keys(input.counts).filter((k) => !input.order!.includes(k)).sort()) : Object.keys(input.counts).sort();
  return { id: input.id, caption: input.caption, columns: [input.heading, 'Children'], rows: keys.map((k) => [textCell(input.label ? input.label(k) : k), countCell(input.counts[k])]) };
}

/** What the tables read month by month, and what they break down for the report period. */
export const TABLE_MONTHLY_MEASURE_IDS = ['reviews_held_in_timescale_percent', 'started_in_period', 'ceased_in_period'] as const;
export const TABLE_BREAKDOWN_MEASURE_IDS = ['review_participation_by_code', 'ceased_in_period', 'cla_at_date', 'cla_by_placement_group_at_date'] as const;

const AGE_GROUPS = ['under 1', '1 to 4', '5 to 9', '10 to 15', '16 and over', 'not recorded'];

export function reportTables(index: FigureIndex, period: ReportPeriod, collectionYear: string): TableView[] {
  const cla = index.get('cla_at_date', period.grain, period.label) ?? index.year('cla_at_date');
  const placed = index.get('cla_by_placement_group_at_date', period.grain, period.label) ?? index.year('cla_by_placement_group_at_date');
  const ceased = index.get('ceased_in_period', period.grain, period.label) ?? index.year('ceased_in_period');
  const at = (cla?.period ?? placed?.period)?.label ?? period.label;
  return [
    reviewTimeliness(index, collectionYear),
    participation(index, period, collectionYear),
    startsAndCeases(index, collectionYear),
    ...(ceased ? [breakdownTable({ id: 'ceased-by-reason', caption: `Children who ceased to be looked after in ${(ceased.reportingPeriod ?? ceased.period).label}, by reason`, heading: 'Reason episode ceased (REC)', counts: ceased.breakdowns['rec'] ?? {}, label: (code) => `${code} ${labelOf('reasonEpisodeCeased', code)}` })] : []),
    ...(cla ? [breakdownTable({ id: 'children-by-age', caption: `Children looked after ${at}, by age group`, heading: 'Age group', counts: cla.breakdowns['age_group'] ?? {}, order: AGE_GROUPS })] : []),
    ...(placed ? [breakdownTable({ id: 'children-by-placement', caption: `Children looked after ${at}, by placement type`, heading: 'Placement', counts: placed.breakdowns['placement_group'] ?? {} })] : []),
  ];
}
