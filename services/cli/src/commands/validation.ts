import { Option } from 'commander';
import { createLogger, formatCsv } from '@careledger/runtime';
import { openReturnsStore } from '../composition';
import { configFrom, laOption, storageOptions, type StorageFlags } from '../flags';
import { assertCareledgerData } from '../preflight';
import { defineCommand } from './command';

interface ValidationFlags extends StorageFlags {
  readonly la: string;
  readonly open?: boolean;
  readonly format: 'text' | 'json' | 'csv';
}

export const validationCommand = defineCommand<ValidationFlags>({
  name: 'validation',
  description: "the DfE validation issues the projector has found in an LA's current-year 903 as events arrived: open ones, and with --open only those, with when each was first seen and resolved",
  options: () => [
    laOption().makeOptionMandatory(),
    new Option('--open', 'only the issues still open'),
    new Option('--format <format>', 'text (default), json or csv').choices(['text', 'json', 'csv']).default('text'),
    ...storageOptions(),
  ],
  async action(flags, _args, io) {
    const config = configFrom(flags);
    assertCareledgerData(config, 'projections');
    const store = await openReturnsStore(config, createLogger('careledger-validation'));
    try {
      const issues = await store.validationIssues(flags.la, { open: flags.open === true });
      if (flags.format === 'json') {
        io.out(JSON.stringify({ laCode: flags.la, issues }, null, 2));
      } else if (flags.format === 'csv') {
        io.out(formatCsv(['collectionYear', 'rule', 'childId', 'tableName', 'rowCount', 'message', 'firstSeen', 'resolvedAt'], issues.map((i) => ({ ...i, resolvedAt: i.resolvedAt ?? '' }))).trimEnd());
      } else {
        const open = issues.filter((i) => i.resolvedAt === null).length;
        io.out(`LA ${flags.la}: ${open} open validation issue${open === 1 ? '' : 's'}${flags.open ? '' : `, ${issues.length - open} resolved`}`);
        for (const i of issues) {
          io.out(`  ${i.collectionYear} rule ${i.rule.padEnd(9)} CHILD ${i.childId} ${i.tableName} (${i.rowCount} row${i.rowCount === 1 ? '' : 's'}) first seen ${i.firstSeen}${i.resolvedAt ? `, resolved ${i.resolvedAt}` : ''}: ${i.message}`);
        }
      }
      return 0;
    } finally {
      store.close();
    }
  },
});
