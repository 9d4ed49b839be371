// Holds an ingest index file open in its own process (as a running `serve` would) until killed.
import { IndexDatabase } from '../../src/index/indexDatabase';

const db = await IndexDatabase.open(process.argv[2]!);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  db.close();
  process.exit(0);
});
setInterval(() => undefined, 1_000);
