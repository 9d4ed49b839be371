import { readFileSync } from 'node:fs';
import type { ProjectionQuery } from '@careledger/ssda903';
import { readOfstedJudgements, type ProviderJudgement } from './ofstedJudgements';
import { readPostcodeLookup, type PostcodeLookup } from './postcodeLookup';
import { parsePostcode } from './postcodes';

/**
 * The user's reference files as the measures' SQL reads them, each a compact JSON text passed as one parameter and
 * read with DuckDB's from_json: the files are read and checked once, at the edge, and a measure stays one SELECT
 * over the projections. A file not supplied is absent; a measure that names it then gets NULL, states no figure
 * it cannot (or uses its recorded fallback), and its note says which file was missing.
 */
export interface MeasureReference {
  /**
   * `$postcodeLocations`: `[{ postcode, lat, lon, located_by, la, la_known }]`, one per postcode as recorded in
   * the projections that the lookup can place (see PostcodeLocation).
   */
  readonly postcodeLocations?: string;
  /** `$ofstedJudgements`: `[{ urn, judgement, inspected_on, line }]`, one per inspection in the file. */
  readonly ofstedJudgements?: string;
}

/** Each reference parameter and the file it comes from, as a note names it. */
export const REFERENCE_FILES: Readonly<Record<keyof MeasureReference, string>> = {
  postcodeLocations: 'postcode lookup file',
  ofstedJudgements: 'Ofsted provider judgement file',
};

const names = Object.keys(REFERENCE_FILES) as (keyof MeasureReference)[];

/** The reference parameters of a scope: NULL for a file not supplied (paramsFor passes only those a statement names). */
export function referenceParams(reference: MeasureReference | undefined): Record<string, string | null> {
  return Object.fromEntries(names.map((name) => [name, reference?.[name] ?? null]));
}

const namedIn = (statement: string) => names.filter((name) => new RegExp(`\\$${name}\\b`).test(statement));

/** What a figure could not read: the reference files its statement names that were not supplied. */
export function missingReferenceNote(statement: string, reference: MeasureReference | undefined): string | undefined {
  const missing = namedIn(statement).filter((name) => reference?.[name] === undefined);
  return missing.length === 0 ? undefined : missing.map((name) => `no ${REFERENCE_FILES[name]} was supplied`).join('; ');
}

/** `$postcodeLocations` for the postcodes as recorded: those the lookup places, each with where it is. */
export function postcodeLocationsJson(lookup: PostcodeLookup, recorded: Iterable<string>): string {
  const located = [];
  for (const postcode of new Set(recorded)) {
    const where = lookup.locate(postcode);
    if (where) located.push({ postcode, lat: where.lat, lon: where.lon, located_by: where.locatedBy, la: where.la, la_known: where.laKnown });
  }
  return JSON.stringify(located);
}

/** `$ofstedJudgements`, URNs in upper case as the measure compares them. */
export function ofstedJudgementsJson(judgements: readonly ProviderJudgement[]): string {
  return JSON.stringify(judgements.map((j) => ({ urn: j.urn, judgement: j.judgement, inspected_on: j.inspectedOn, line: j.line })));
}

const RECORDED_POSTCODES = readFileSync(new URL('./recordedPostcodes.sql', import.meta.url), 'utf8').trim().replace(/;$/, '');

export interface ReferenceFiles {
  /** A postcode lookup CSV in the ONS Postcode Directory's shape (postcodeLookup.ts). */
  readonly postcodeLookup?: string;
  /** An Ofsted provider judgement CSV (ofstedJudgements.ts). */
  readonly ofstedJudgements?: string;
}

/**
 * The reference for measures over these projections, from the user's files: the postcode lookup cut down to the
 * postcodes the projections hold (read again for projections that gained postcodes since), the judgements whole.
 */
export async function readMeasureReference(query: ProjectionQuery, files: ReferenceFiles): Promise<MeasureReference> {
  const reference: { -readonly [K in keyof MeasureReference]: MeasureReference[K] } = {};
  if (files.postcodeLookup) {
    const recorded = (await query.query<{ postcode: string }>(RECORDED_POSTCODES)).map((r) => r.postcode);
    const keep = new Set(recorded.flatMap((p) => { const parsed = parsePostcode(p); return parsed?.kind === 'unit' ? [parsed.unit] : []; }));
    reference.postcodeLocations = postcodeLocationsJson(await readPostcodeLookup(files.postcodeLookup, { keep }), recorded);
  }
  if (files.ofstedJudgements) reference.ofstedJudgements = ofstedJudgementsJson(readOfstedJudgements(files.ofstedJudgements));
  return reference;
}
