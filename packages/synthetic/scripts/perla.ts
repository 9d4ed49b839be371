import { generateHistory } from '../src/index';
const all = [];
let t = performance.now();
for (let i = 0; i < 50; i++) {
  all.push(generateHistory({ asAt: '2025-06-30', laCode: String(901 + i), seed: i }));
  const now = performance.now();
  if (i % 5 === 4) console.log(i + 1, Math.round(now - t), Math.round(process.memoryUsage().heapUsed / 1e6));
  t = now;
}
