import type { CollectionYear } from '@careledger/ssda903';
import { canonicalJson } from '@careledger/runtime';
import type { Ssda903Input } from './input/port';
import { IMPORTED_TABLES, TABLE_IMPORTS } from './tables/registry';
import type { FactCandidate, RowRefusal } from './tables/tableImport';

export interface ReturnConversion {
  readonly candidates: readonly FactCandidate[];
  readonly refusals: readonly RowRefusal[];
}

/**
 * Every fact a year's return states, from each table the input has, and every row that cannot become one (with the
 * reader's issues). Pure: the same input always gives the same facts, in the same order.
 */
export function convertReturn(input: Ssda903Input, options: { laCode: string; year: CollectionYear }): ReturnConversion {
  const headerRows = input.tables.Header?.rows;
  const context = {
    ...options, input,
    headerChildren: headerRows ? new Set(headerRows.map((r) => r.cells.CHILD ?? '').filter(Boolean)) : undefined,
  };
  const refusals: RowRefusal[] = input.issues.map((i) => ({ file: i.file, line: i.line, column: i.column, value: i.value, reason: i.reason }));
  const byKey = new Map<string, FactCandidate>();
  const candidates: FactCandidate[] = [];
  for (const name of IMPORTED_TABLES) {
    const table = input.tables[name];
    if (!table) continue;
    const converted = TABLE_IMPORTS[name].convert(table.rows, table.file, context);
    refusals.push(...converted.refusals);
    for (const candidate of converted.candidates) {
      const id = `${candidate.childId}\u0000${candidate.key}`;
      const first = byKey.get(id);
      if (!first) {
        byKey.set(id, candidate);
        candidates.push(candidate);
      } else if (canonicalJson(first.fact) !== canonicalJson(candidate.fact)) {
        // Two rows of one return stating one fact differently (two AD1/PlacedAdoption decisions, a repeated review).
        const { origin } = candidate;
        refusals.push({
          file: origin.file, line: origin.line, childId: candidate.childId, column: candidate.columns.occurredAt ?? 'CHILD',
          reason: `${first.origin.file} line ${first.origin.line} already states ${candidate.key} of child ${candidate.childId} differently in this return`,
        });
      }
    }
  }
  return { candidates, refusals };
}
