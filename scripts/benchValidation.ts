/**
 * The DfE validation of `pnpm bench --only validation`: one synthetic LA's year of about 2,000 children (with the
 * year before as `_last`) checked against every rule of the year, as `careledger validate903` does it, and the
 * continuous check the projector adds after a derive (the LA's return selected and validated, kept for the
 * children re-derived). The aim is the validation in under 0.5 s on 2 cores: printed, never asserted.
 */
import { join } from 'node:path';
import { ProjectionStore, storedEvents } from '@careledger/projections';
import { TABLE_NAMES, collectionYear, selectReturn } from '@careledger/ssda903';
import { generateHistory } from '@careledger/synthetic';
import { checkChildren, returnFromTables, rulesForYear, validateReturn } from '@careledger/validation903';
import type { StageRunner } from './bench903';

const AS_AT = '2026-11-30';
const YEAR = collectionYear(2026);
/** About 2,000 children in the year, as in the 903 bench. */
const CHILDREN_IN_CARE = 1_000;
/** Children re-derived by one fold batch in the continuous check. */
const BATCH_CHILDREN = 100;

export async function benchValidation(stage: StageRunner, workDir: string): Promise<string[]> {
  const history = generateHistory({ asAt: AS_AT, childrenInCare: CHILDREN_IN_CARE, laCode: '904' });
  const store = await ProjectionStore.open({ path: join(workDir, 'validation.duckdb') });
  try {
    await store.foldBatch('bench', storedEvents(history.events), new Map([[0, history.events.length]]));
    await store.deriveDirtyChildren();
    const before = collectionYear(YEAR.endYear - 1);
    const current = await selectReturn(store, { laCode: history.laCode, year: YEAR, asAt: AS_AT });
    const previous = await selectReturn(store, { laCode: history.laCode, year: before, asAt: before.end });
    const children = current.tables.header.length;
    const rows = TABLE_NAMES.reduce((n, t) => n + current.tables[t].length + previous.tables[t].length, 0);
    const rules = rulesForYear(YEAR).length;
    const { result: report, seconds } = await stage(`DfE validation, ${rules} rules over a ${children.toLocaleString('en-GB')}-child year and the year before (aim under 0.5 s)`, () => validateReturn({
      year: YEAR, current: returnFromTables(current.tables, YEAR), previous: returnFromTables(previous.tables, before), laCode: history.laCode,
    }), () => ({ rows }));
    const batch = current.tables.header.slice(0, BATCH_CHILDREN).map((h) => h.CHILD);
    const continuous = await stage(`continuous check after a fold batch: the LA's return selected and validated, ${batch.length} children re-derived`, () => checkChildren(store, {
      laCode: history.laCode, children: batch, today: AS_AT,
    }), () => ({ rows }));
    return [
      `DfE validation: ${rules} rules, ${rows.toLocaleString('en-GB')} rows of ${children.toLocaleString('en-GB')} children in ${seconds.toFixed(2)} s (aim 0.5 s); ${report.failures.length} failures, ${report.notRun.length} rules not run (reference files absent)`,
      `continuous check: ${continuous.seconds.toFixed(2)} s added to a fold batch that re-derives ${batch.length} children`,
    ];
  } finally {
    store.close();
  }
}
