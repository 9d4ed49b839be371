import { readFileSync } from 'node:fs';
import type { ProjectionQuery } from '@careledger/ssda903';

const LA_EVENTS_SINCE_SQL = readFileSync(new URL('./laEventsSince.sql', import.meta.url), 'utf8');

/** An LA's events folded beyond `watermark` (next offset per partition); all its events when there is none. */
export async function laEventsSince(store: ProjectionQuery, laCode: string, watermark: Readonly<Record<string, number>> = {}): Promise<number> {
  const [row] = await store.query<{ n: bigint }>(LA_EVENTS_SINCE_SQL, { laCode, watermark: JSON.stringify(watermark) });
  return Number(row?.n ?? 0);
}
