import { readFileSync } from 'node:fs';
import type { CalendarDate } from '@careledger/runtime';
import { NO_URN } from '../codeLists';
import { placementDecisionToRecord } from '../codingByYear';
import type { CollectionYear } from '../collectionYear';
import type { ProjectionQuery } from './port';
import type { ReturnScope } from './scope';
import { materialiseInYear, selectReturnRows } from './select';

const RETURN_ISSUES = readFileSync(new URL('./returnIssues.sql', import.meta.url), 'utf8');

/**
 * `data_quality`: the return went out with a blank where the DfE expects a value the case record lacks.
 * `decision_needed`: the return cannot state a fact until someone records what it now is.
 */
export type ReturnIssueKind = 'data_quality' | 'decision_needed';

/** One thing a year's return could not say as recorded: which child, which episode (its DECOM), which 903 field. */
export interface ReturnIssue {
  readonly kind: ReturnIssueKind;
  readonly childId: string;
  /** The start of the episode the issue is about. */
  readonly decom: CalendarDate;
  readonly field: string;
  /** The recorded code the issue is about (the episode's placement type). */
  readonly code: string;
  /** Why, and what to record. */
  readonly reason: string;
}

interface IssueRow {
  readonly kind: ReturnIssueKind;
  readonly child_id: string;
  readonly decom: CalendarDate;
  readonly field: string;
  readonly code: string;
}

function reasonFor(row: IssueRow, year: CollectionYear): string {
  if (row.kind === 'decision_needed') {
    return `placement type ${row.code} is not a ${year.label} placement code and no reclassification is recorded: `
      + `${placementDecisionToRecord(row.code, year) ?? 'record what the placement is now'}; PLACE is blank until then`;
  }
  return `placement type ${row.code} is with a provider Ofsted registers, and no URN is recorded: record the provider's `
    + `Ofsted URN (${NO_URN} if it has none); a placement outside England needs none`;
}

/**
 * What a year's return could not state as recorded, for the returns service and the CLI to report beside the
 * 903 files: a pure select over the same in-year tables the files are written from.
 */
export async function selectReturnIssues(query: ProjectionQuery, scope: ReturnScope): Promise<ReturnIssue[]> {
  return selectReturnIssuesInYear(query, scope, await materialiseInYear(query, scope));
}

/** The issues over in-year tables already built for `scope` (materialiseInYear), with the parameters it gave. */
export async function selectReturnIssuesInYear(query: ProjectionQuery, scope: ReturnScope, params: Record<string, string>): Promise<ReturnIssue[]> {
  const rows = await selectReturnRows<IssueRow>(query, RETURN_ISSUES, params);
  return rows.map((row) => ({ kind: row.kind, childId: row.child_id, decom: row.decom, field: row.field, code: row.code, reason: reasonFor(row, scope.year) }));
}
