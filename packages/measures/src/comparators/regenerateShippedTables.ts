/**
 * Regenerates the DfE tables shipped in packages/measures/data/dfe from the downloads (the folder holding DfE's
 * CSVs as downloaded from explore-education-statistics, and the statistical neighbour groupings saved as CSV):
 *
 *   pnpm exec tsx packages/measures/src/comparators/regenerateShippedTables.ts ../shared/reference/dfe
 *
 * Run it after adding a comparison whose rows are not shipped yet, or to ship a newer release (then update the
 * release year in publishedSources.ts and the data folder's README).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEIGHBOUR_GROUPINGS, PUBLISHED_TABLES } from './publishedSources';
import { shippedCopyOf } from './shippedTables';
import { readNeighbourGroupings } from './statisticalNeighbours';

const downloads = process.argv[2];
if (!downloads) {
  process.stderr.write('usage: tsx regenerateShippedTables.ts <folder of DfE downloads>\n');
  process.exit(1);
}
const dataFolder = fileURLToPath(new URL('../../data/dfe/', import.meta.url));
for (const spec of PUBLISHED_TABLES) {
  const from = join(downloads, spec.fileName);
  const copy = shippedCopyOf(spec, readFileSync(from, 'utf8'), from);
  writeFileSync(join(dataFolder, spec.fileName), copy);
  process.stdout.write(`${spec.fileName}: ${copy.split('\n').length - 2} rows\n`);
}
// The groupings are small: shipped whole, as DfE published them, once they read.
const groupings = join(downloads, NEIGHBOUR_GROUPINGS.fileName);
const text = readFileSync(groupings, 'utf8');
readNeighbourGroupings(text, groupings);
writeFileSync(join(dataFolder, NEIGHBOUR_GROUPINGS.fileName), text);
process.stdout.write(`${NEIGHBOUR_GROUPINGS.fileName}: copied\n`);
