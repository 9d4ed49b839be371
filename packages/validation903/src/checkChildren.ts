import type { CalendarDate } from '@careledger/runtime';
import { collectionYear, collectionYearContaining, selectEarlierEpisodes, selectReturn, type ProjectionQuery } from '@careledger/ssda903';
import type { ReferenceFiles } from './referenceData';
import { returnFromTables } from './returnAsWritten';
import { VALIDATION_YEARS } from './ruleRegistry';
import { validateReturn } from './validateReturn';

/** What the rules found for one child: one entry per rule and table, with how many of its rows failed. */
export interface ChildIssue {
  readonly rule: string;
  readonly childId: string;
  readonly tableName: string;
  readonly message: string;
  readonly rowCount: number;
}

export interface ChildrenCheck {
  readonly collectionYear: string;
  readonly found: readonly ChildIssue[];
}

/**
 * The continuous check: the DfE rules over the LA's current-year return as it stands today (with last year's as
 * `_last`, and the episodes before it), keeping what they find for `children` (the children just re-derived). Undefined when careledger holds
 * no rules for the current year.
 */
export async function checkChildren(query: ProjectionQuery, request: {
  readonly laCode: string; readonly children: readonly string[]; readonly today: CalendarDate; readonly reference?: ReferenceFiles;
}): Promise<ChildrenCheck | undefined> {
  const year = collectionYearContaining(request.today);
  if (!VALIDATION_YEARS.includes(year.endYear)) return undefined;
  const before = collectionYear(year.endYear - 1);
  const current = await selectReturn(query, { laCode: request.laCode, year, asAt: request.today });
  const previous = await selectReturn(query, { laCode: request.laCode, year: before, asAt: before.end });
  const earlierEpisodes = await selectEarlierEpisodes(query, { laCode: request.laCode, before: before.start });
  const report = await validateReturn({
    year, current: returnFromTables(current.tables, year), previous: returnFromTables(previous.tables, before), earlierEpisodes, laCode: request.laCode,
    ...(request.reference ? { reference: request.reference } : {}),
  });
  const wanted = new Set(request.children);
  const issues = new Map<string, ChildIssue>();
  for (const failure of report.failures) {
    if (failure.child === null || !wanted.has(failure.child) || failure.table.endsWith('_last')) continue;
    const key = `${failure.rule}|${failure.child}|${failure.table}`;
    const seen = issues.get(key);
    issues.set(key, { rule: failure.rule, childId: failure.child, tableName: failure.table, message: failure.message, rowCount: (seen?.rowCount ?? 0) + 1 });
  }
  return { collectionYear: year.label, found: [...issues.values()] };
}
