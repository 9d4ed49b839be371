import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InvalidInputError } from '@careledger/runtime';
import { parseCsv } from '@careledger/ssda903';
import { DFE_LA_CODE_OF_ONS_CODE } from '@careledger/ssda903';
import { parsePostcode } from './postcodes';

/** Where a recorded postcode is: a point, how it was found, and its LA. */
export interface PostcodeLocation {
  readonly lat: number;
  readonly lon: number;
  /** 'postcode': the lookup's own postcode; 'sector': the mean of the sector's postcodes. */
  readonly locatedBy: 'postcode' | 'sector';
  /** The DfE LA code; the ONS code when it has none (outside England, or an English code careledger cannot map); null when not known. */
  readonly la: string | null;
  /** Whether `la` says which LA it is: a DfE code, or a place outside England (so in no English LA). */
  readonly laKnown: boolean;
}

interface Area {
  readonly la: string | null;
  readonly laKnown: boolean;
}

interface Sector {
  lat: number;
  lon: number;
  count: number;
  readonly areas: Map<string, { area: Area; count: number }>;
}

/** The columns read from an ONS Postcode Directory-shaped CSV; others (doterm, pcd, ...) are ignored. */
const REQUIRED = ['pcds', 'lat', 'long', 'oslaua'] as const;

/** ONSPD's latitude for a postcode it has no grid reference for (with longitude 0): no location. */
const NO_GRID_REFERENCE_LAT = 99.999999;

/** The postcodes of a user's lookup file, full ones where kept and every sector's centroid and LA. */
export class PostcodeLookup {
  constructor(
    readonly source: string,
    private readonly units: ReadonlyMap<string, PostcodeLocation>,
    private readonly sectors: ReadonlyMap<string, PostcodeLocation>,
  ) {}

  /**
   * Where a postcode as recorded is: a full postcode by its own entry, or by its sector when the lookup lacks it
   * (or did not keep it); a sector by the mean of its postcodes. A district alone ("CW1") is too coarse to place a
   * child by: undefined, as for anything the lookup does not hold.
   */
  locate(recorded: string): PostcodeLocation | undefined {
    const parsed = parsePostcode(recorded);
    if (!parsed || parsed.kind === 'district') return undefined;
    if (parsed.kind === 'unit') {
      const unit = this.units.get(parsed.unit);
      if (unit) return unit;
    }
    return this.sectors.get(parsed.sector);
  }
}

function fail(file: string, line: number, field: string, reason: string): never {
  throw new InvalidInputError('reference.postcode_lookup', `${file} line ${line}, field ${field}: ${reason}`, { file, line, field, reason });
}

/**
 * The LA children's services are run by for a postcode: the county (`oscty`, E10) in a two-tier area, else the
 * unitary, metropolitan or London borough (`oslaua`). A shire district (E07) is not a children's services
 * authority, so a lookup whose districts come without their county cannot place a child in an LA.
 */
function areaOf(file: string, line: number, oslaua: string, oscty: string | undefined): Area {
  const code = oscty && /^E10/.test(oscty) ? oscty : oslaua;
  if (code === '' || code === 'E99999999') return { la: null, laKnown: false };
  if (/^E07/.test(code)) {
    fail(file, line, oscty === undefined ? 'oslaua' : 'oscty', `'${code}' is a shire district: children's services are its county's, so the file needs the county code (the ONS Postcode Directory's oscty column) for its postcodes`);
  }
  const dfe = DFE_LA_CODE_OF_ONS_CODE[code];
  if (dfe) return { la: dfe, laKnown: true };
  // Wales (W), Scotland (S), Northern Ireland (N), the Channel Islands (L) and the Isle of Man (M): in no English LA.
  return { la: code, laKnown: !code.startsWith('E') };
}

const areaKey = (area: Area) => `${area.la ?? ''}|${area.laKnown}`;

function cellsOf(line: string): readonly string[] {
  return line.includes('"') ? (parseCsv(line).records[0]?.cells ?? []) : line.split(',');
}

export interface PostcodeLookupOptions {
  /**
   * The full postcodes to keep one by one (those the projections hold); all when not given. Every sector's
   * centroid is kept either way, so a national directory (2.7 million postcodes) costs little memory.
   */
  readonly keep?: ReadonlySet<string>;
}

/**
 * Reads the user's postcode lookup: a CSV in the ONS Postcode Directory's shape, with at least `pcds` (the full
 * postcode), `lat`, `long` and `oslaua` (the ONS code of the LA), and `oscty` (the county) where two-tier areas
 * are covered. Read line by line, so a national directory never sits in memory. Postcodes with no grid reference
 * (latitude 99.999999) are left out. A row it cannot read is refused, naming the file, line, field and reason.
 */
export async function readPostcodeLookup(file: string, options: PostcodeLookupOptions = {}): Promise<PostcodeLookup> {
  if (!existsSync(file)) throw new InvalidInputError('reference.file_missing', `postcode lookup file ${file} does not exist`, { file });
  const units = new Map<string, PostcodeLocation>();
  const sectors = new Map<string, Sector>();
  let columns: Record<string, number> | undefined;
  let lineNo = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNo += 1;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const cells = cellsOf(line).map((c) => c.trim());
    if (!columns) {
      const header = cells.map((c) => c.toLowerCase());
      const missing = REQUIRED.filter((name) => !header.includes(name));
      if (missing.length > 0) {
        throw new InvalidInputError('reference.postcode_columns', `${file} line ${lineNo}: a postcode lookup needs the columns ${REQUIRED.join(', ')} (as the ONS Postcode Directory names them); missing: ${missing.join(', ')}`, { file, line: lineNo, missing });
      }
      columns = Object.fromEntries(header.map((name, i) => [name, i]));
      continue;
    }
    const cell = (name: string) => (columns![name] === undefined ? undefined : cells[columns![name]!] ?? '');
    const pcds = cell('pcds')!;
    const parsed = parsePostcode(pcds);
    if (!parsed || parsed.kind !== 'unit') fail(file, lineNo, 'pcds', `'${pcds}' is not a full postcode`);
    const lat = Number(cell('lat'));
    const lon = Number(cell('long'));
    if (lat === NO_GRID_REFERENCE_LAT) continue;
    if (cell('lat') === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) fail(file, lineNo, 'lat', `'${cell('lat')}' is not a latitude in degrees`);
    if (cell('long') === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) fail(file, lineNo, 'long', `'${cell('long')}' is not a longitude in degrees`);
    const area = areaOf(file, lineNo, cell('oslaua')!.toUpperCase(), cell('oscty')?.toUpperCase());
    if (!options.keep || options.keep.has(parsed.unit)) units.set(parsed.unit, { lat, lon, locatedBy: 'postcode', ...area });
    const sector = sectors.get(parsed.sector) ?? { lat: 0, lon: 0, count: 0, areas: new Map() };
    sector.lat += lat;
    sector.lon += lon;
    sector.count += 1;
    const counted = sector.areas.get(areaKey(area)) ?? { area, count: 0 };
    counted.count += 1;
    sector.areas.set(areaKey(area), counted);
    sectors.set(parsed.sector, sector);
  }
  if (!columns) throw new InvalidInputError('reference.postcode_lookup_empty', `postcode lookup file ${file} is empty`, { file });
  return new PostcodeLookup(file, units, new Map([...sectors].map(([name, s]) => [name, sectorLocation(s)])));
}

/** A sector's centroid (the mean of its postcodes) and the LA of most of its postcodes; not known when LAs tie. */
function sectorLocation(sector: Sector): PostcodeLocation {
  const ranked = [...sector.areas.values()].sort((a, b) => b.count - a.count);
  const tied = ranked.length > 1 && ranked[0]!.count === ranked[1]!.count;
  const area = tied ? { la: null, laKnown: false } : ranked[0]!.area;
  return { lat: sector.lat / sector.count, lon: sector.lon / sector.count, locatedBy: 'sector', ...area };
}
