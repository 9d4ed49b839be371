import type { CalendarDate } from '@careledger/runtime';
import type { ChangeCause, FigureRecord, Shown } from '@careledger/measures';

/** public: DfE small-number suppression everywhere (what is published); internal: every number, for officers. */
export type ReportMode = 'public' | 'internal';

/** One catalogue figure with its breakdowns, as the figures JSON (measures.json) holds it. */
export type ReportFigure = FigureRecord & { readonly breakdowns: Readonly<Record<string, Readonly<Record<string, Shown>>>> };

/** The period the report is for: a month, a quarter or the collection year (to date). */
export interface ReportPeriod {
  readonly grain: 'month' | 'quarter' | 'year';
  readonly label: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** A headline figure as the last report stated it, as the same period reads now, and why the two differ. */
export interface HeadlineChange {
  readonly measureId: string;
  readonly title: string;
  readonly unit: FigureRecord['unit'];
  /** The last report's period. */
  readonly period: string;
  readonly lastReport: { readonly asKnownOn: string; readonly value: Shown | null };
  readonly now: { readonly asKnownOn: string; readonly value: Shown | null };
  /** Rows (children or records) that differ, and how many of them each cause touches. */
  readonly changedRows: Shown;
  readonly causes: Readonly<Record<ChangeCause, Shown>>;
  /** The report period's own figure, for the movement since the last period. */
  readonly current: { readonly period: string; readonly value: Shown | null };
}

/** Input that could not be read or counted: the report names it rather than leaving a figure silently short. */
export interface DataQuality {
  /** Events ingest refused (dead letters) for the LA, by reason; null when the store of refusals cannot be read here, with why. */
  readonly refusedEvents: { readonly count: Shown; readonly byReason: readonly { readonly reason: string; readonly count: Shown }[] } | { readonly unavailable: string };
  /** What the 903 return could not state (episodes it had to leave out or correct, care leavers without a contact). */
  readonly returnIssues: readonly { readonly issue: string; readonly count: Shown }[];
  /** Validation issues of the return, once DfE validation runs (null until it does). */
  readonly validation: readonly { readonly rule: string; readonly description: string; readonly count: Shown }[] | null;
}

export interface ReportInput {
  readonly laCode: string;
  readonly laName?: string;
  readonly collectionYear: string;
  readonly period: ReportPeriod;
  readonly asAt: CalendarDate;
  /** What had been recorded by this instant counts; undefined: everything recorded when the report ran. */
  readonly asKnownOn?: string;
  readonly generatedAt: string;
  readonly runId: string;
  readonly mode: ReportMode;
  /** The year's figures, month by month, by quarter and for the year (to date). */
  readonly figures: readonly ReportFigure[];
  /** The previous collection year's figures for the whole year: the scorecard's "last year end". */
  readonly lastYearEnd: readonly ReportFigure[];
  readonly changes: readonly HeadlineChange[];
  /** When the last report's figures were known (the instant "what changed" compares with). */
  readonly lastReportKnownOn: string;
  readonly dataQuality: DataQuality;
}
