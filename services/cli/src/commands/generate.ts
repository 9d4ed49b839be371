import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { todayInLondon } from '@careledger/runtime';
import { generateHistory, toNdjson } from '@careledger/synthetic';
import { asAtOption, childrenOption, outOption, seedOption } from '../flags';
import { defineCommand } from './command';

interface GenerateFlags {
  readonly out: string;
  readonly seed: number;
  readonly children: number;
  readonly asAt?: string;
}

export const generateCommand = defineCommand<GenerateFlags>({
  name: 'generate',
  description: 'write a synthetic LA\'s case events (DIR/events.ndjson) and population estimates (DIR/population.csv)',
  options: () => [outOption('the folder to write into').makeOptionMandatory(), seedOption(), childrenOption(), asAtOption('the date the synthetic history runs to (default today in London)')],
  async action(flags, _args, io) {
    const history = generateHistory({ seed: flags.seed, childrenInCare: flags.children, asAt: flags.asAt ?? todayInLondon() });
    await mkdir(flags.out, { recursive: true });
    await writeFile(join(flags.out, 'events.ndjson'), toNdjson(history.events));
    await writeFile(join(flags.out, 'population.csv'), history.populationCsv);
    io.out(`${history.events.length} events for ${history.laName} (LA ${history.laCode}) -> ${join(flags.out, 'events.ndjson')}; population -> ${join(flags.out, 'population.csv')}`);
    return 0;
  },
});
