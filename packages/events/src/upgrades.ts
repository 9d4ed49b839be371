/**
 * Upgraders of older event formats. Each takes a raw record of version `from` (as JSON.parse gave it) and returns
 * it as version `from + 1`; the codec chains them up to SCHEMA_VERSION before validation, so the catalogue only
 * ever describes the current version. Version 1 is the first and current version, so the list is empty: when a
 * catalogue change is not backward compatible, bump SCHEMA_VERSION and add the upgrader from the previous one here.
 */
export interface Upgrader {
  readonly from: number;
  /** A pure function of the raw record; the codec sets `schemaVersion` to `from + 1` afterwards. */
  upgrade(record: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

export const UPGRADERS: readonly Upgrader[] = [];
