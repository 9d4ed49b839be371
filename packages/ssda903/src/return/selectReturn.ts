import type { Ssda903Tables } from '../tables';
import { selectCareLeaversWithoutContact, type CareLeaverWithoutContact } from './careLeavers';
import type { ProjectionQuery } from './port';
import { selectReturnIssuesInYear, type ReturnIssue } from './returnIssues';
import type { ReturnScope } from './scope';
import { materialiseInYear, selectTablesInYear } from './select';

/** What a year's return could not state as recorded: episodes written with a blank, and OC3 rows it lacks. */
export interface ReturnIssues {
  readonly episodes: readonly ReturnIssue[];
  readonly careLeaversWithoutContact: readonly CareLeaverWithoutContact[];
}

/** A year's return whole: every table and its issues, from one build of the in-year tables. */
export async function selectReturn(query: ProjectionQuery, scope: ReturnScope): Promise<{ tables: Ssda903Tables; issues: ReturnIssues }> {
  const params = await materialiseInYear(query, scope);
  const tables = await selectTablesInYear(query, scope, params);
  const episodes = await selectReturnIssuesInYear(query, scope, params);
  return { tables, issues: { episodes, careLeaversWithoutContact: await selectCareLeaversWithoutContact(query, scope) } };
}
