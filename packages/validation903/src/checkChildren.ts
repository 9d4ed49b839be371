import { readFileSync } from 'node:fs';
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

const CHILDREN_IN_LA_SQL = readFileSync(new URL('./childrenInLa.sql', import.meta.url), 'utf8');

async function childrenInLa(query: ProjectionQuery, laCode: string): Promise<number> {
  const [row] = await query.query<{ n: bigint }>(CHILDREN_IN_LA_SQL, { laCode });
  return Number(row?.n ?? 0);
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
  // Only these children's rows: a DfE rule reads a child's own rows (its joins and groups are by CHILD; OC2 and OC3
  // keep every child), so a child's failures are the same as in the whole return's, at a fraction of the cost when a
  // derive touched a few children (the nightly run). The whole return when most children were touched.
  const only = request.children.length * 2 < (await childrenInLa(query, request.laCode)) ? { children: request.children } : {};
  const current = await selectReturn(query, { laCode: request.laCode, year, asAt: request.today, ...only });
  const previous = await selectReturn(query, { laCode: request.laCode, year: before, asAt: before.end, ...only });
  const wantedEarlier = new Set(request.children);
  const earlierEpisodes = (await selectEarlierEpisodes(query, { laCode: request.laCode, before: before.start })).filter((e) => !only.children || wantedEarlier.has(e.child));
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
