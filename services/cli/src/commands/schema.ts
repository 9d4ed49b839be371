import { Option } from 'commander';
import { ANALYST_VIEWS } from '@careledger/analyst';
import { defineCommand } from './command';

interface SchemaFlags {
  readonly format: 'text' | 'json';
}

const PSEUDONYMISED: Record<string, string> = { child: 'a keyed pseudonym', birth: 'its month, YYYY-MM', postcode: 'its district', drop: 'left out (NULL)' };

/** The data dictionary of the analyst views: names that stay when internal tables change. */
export const schemaCommand = defineCommand<SchemaFlags>({
  name: 'schema',
  description: 'the data dictionary of the analyst views careledger sql and POST /sql read: each view, its columns, and what --pseudonymise does to them',
  options: () => [new Option('--format <format>', 'text (default) or json').choices(['text', 'json']).default('text')],
  async action(flags, _args, io) {
    if (flags.format === 'json') {
      io.out(JSON.stringify({ views: ANALYST_VIEWS.map(({ name, about, columns }) => ({ name, about, columns })) }, null, 2));
      return 0;
    }
    for (const view of ANALYST_VIEWS) {
      io.out(`${view.name}: ${view.about}`);
      for (const column of view.columns) {
        io.out(`  ${column.name.padEnd(32)} ${column.about}${column.pseudonymised ? ` Pseudonymised: ${PSEUDONYMISED[column.pseudonymised]}.` : ''}`);
      }
      io.out('');
    }
    return 0;
  },
});
