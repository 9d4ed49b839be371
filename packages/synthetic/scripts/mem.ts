import { generateRegion } from '../src/index';
const r = generateRegion({ laCount: 10, asAt: '2025-06-30' });
globalThis.gc?.();
console.log(r.reduce((s, x) => s + x.events.length, 0), Math.round(process.memoryUsage().heapUsed / 1e6), 'MB');
