import { Option } from 'commander';
import { InvalidInputError, isCalendarDate, loadConfig, type CalendarDate, type CareledgerConfig } from '@careledger/runtime';
import { isLaCode, parseCollectionYear, type CollectionYear } from '@careledger/ssda903';
import { AS_KNOWN_ON_FORMS, parseAsKnownOn, type KnownOnInstant } from '@careledger/returns';

/**
 * The flags that mean the same thing on every command, each defined once. Values are parsed here, at the edge, so
 * a command's action only ever sees a checked LA code, a real calendar date or a collection year; a bad value is an
 * `invalid` error naming the flag, before anything is opened.
 */

export function parseLaCode(flag: string) {
  return (text: string): string => {
    if (!isLaCode(text)) {
      throw new InvalidInputError('cli.la.invalid', `${flag} '${text}' is not an LA code (three digits, e.g. 999)`, { flag, value: text });
    }
    return text;
  };
}

export function parseLaCodes(flag: string) {
  const one = parseLaCode(flag);
  return (text: string): string[] => text.split(',').map((code) => code.trim()).filter(Boolean).map(one);
}

export function parseDate(flag: string) {
  return (text: string): CalendarDate => {
    if (!isCalendarDate(text)) throw new InvalidInputError('cli.date.invalid', `${flag} '${text}' is not a date (use YYYY-MM-DD, e.g. 2026-03-31)`, { flag, value: text });
    return text;
  };
}

/** An instant that bounds what had been recorded: an ISO date-time with an offset, or a date (its end in London). */
export function parseKnownOn(flag: string) {
  return (text: string): KnownOnInstant => {
    const instant = parseAsKnownOn(text);
    if (instant === undefined) throw new InvalidInputError('cli.as_known_on.invalid', `${flag} '${text}' is not ${AS_KNOWN_ON_FORMS}`, { flag, value: text });
    return instant;
  };
}

export function parseYear(flag: string) {
  return (text: string): CollectionYear => {
    const year = parseCollectionYear(text);
    if (!year) throw new InvalidInputError('cli.year.invalid', `${flag} '${text}' is not a collection year (use 2025-26 or its end year, 2026)`, { flag, value: text });
    return year;
  };
}

export function parseCount(flag: string, min = 0) {
  return (text: string): number => {
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) throw new InvalidInputError('cli.number.invalid', `${flag} '${text}' is not a whole number${min > 0 ? ` of at least ${min}` : ''}`, { flag, value: text });
    return value;
  };
}

export const dataOption = () => new Option('--data <dir>', 'the careledger data folder (default ./.careledger or CARELEDGER_DATA_DIR)');
export const configOption = () => new Option('--config <file>', 'a JSON configuration file (default ./careledger.config.json)');
export const eventLogOption = () => new Option('--eventlog <kind>', 'the event log (default embedded or CARELEDGER_EVENTLOG)').choices(['embedded', 'kafka']);
export const laOption = (description = 'the LA code (three digits)') => new Option('--la <code>', description).argParser(parseLaCode('--la'));
export const yearOption = () => new Option('--year <year>', 'collection year: 2025-26 or its end year 2026').argParser(parseYear('--year'));
export const asAtOption = (description = 'the date the data stands at, YYYY-MM-DD (default today in London)') => new Option('--as-at <date>', description).argParser(parseDate('--as-at'));
export const asKnownOnOption = () => new Option(
  '--as-known-on <datetime>',
  'only what had been recorded by then: an ISO date-time with an offset, or a date (the end of that day in London); the return as it could have been run then (--as-at then defaults to that date)',
).argParser(parseKnownOn('--as-known-on'));
export const populationOption = () => new Option('--population <file>', 'ONS mid-year population estimates (CSV), for rates per 10,000');
export const outOption = (description: string) => new Option('--out <dir>', description);
export const seedOption = () => new Option('--seed <n>', 'seed of the synthetic history').argParser(parseCount('--seed')).default(903);
export const childrenOption = () => new Option('--children <n>', 'children in care on the as-at date').argParser(parseCount('--children', 1)).default(350);
export const portOption = () => new Option('--port <n>', 'HTTP port (default 8903 or CARELEDGER_HTTP_PORT)').argParser(parseCount('--port'));
export const hostOption = () => new Option('--host <address>', 'the address to listen on (default 127.0.0.1, this machine only, or CARELEDGER_HTTP_HOST); 0.0.0.0 opens the API to other machines');

/** The common flags every command that touches careledger data takes. */
export const storageOptions = () => [dataOption(), eventLogOption(), configOption()];

export interface StorageFlags {
  readonly data?: string;
  readonly eventlog?: 'embedded' | 'kafka';
  readonly config?: string;
  readonly population?: string;
}

/** Configuration: defaults, then the file, then CARELEDGER_* variables, then these flags. */
export function configFrom(flags: StorageFlags): CareledgerConfig {
  const overrides: Record<string, unknown> = {};
  if (flags.data) overrides.dataDir = flags.data;
  if (flags.eventlog) overrides.eventLog = { kind: flags.eventlog };
  if (flags.population) overrides.populationFile = flags.population;
  return loadConfig({ ...(flags.config ? { file: flags.config } : {}), overrides });
}
