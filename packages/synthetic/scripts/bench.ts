/** Times generateRegion: `pnpm exec tsx packages/synthetic/scripts/bench.ts [laCount] [asAt]`. */
import { generateRegion } from '../src/index';

const laCount = Number(process.argv[2] ?? 50);
const asAt = process.argv[3] ?? '2025-06-30';
const t0 = performance.now();
const region = generateRegion({ laCount, asAt });
const ms = performance.now() - t0;
const events = region.reduce((sum, la) => sum + la.events.length, 0);
console.log(`${laCount} LAs, ${events} events in ${Math.round(ms)} ms (${Math.round(events / (ms / 1000))} events/s)`);
