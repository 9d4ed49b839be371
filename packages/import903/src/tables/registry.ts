import type { FactEventType } from '@careledger/events';
import { ad1 } from './ad1';
import { dolo } from './dolo';
import { episodes, mergePlacement } from './episodes';
import { header } from './header';
import { missing } from './missing';
import { oc2 } from './oc2';
import { oc3 } from './oc3';
import { placedAdoption } from './placedAdoption';
import { prevPerm } from './prevPerm';
import { reviews } from './reviews';
import { swEpisodes } from './swEpisodes';
import type { FactDraft, TableImport } from './tableImport';
import { uasc } from './uasc';

/**
 * How each 903 table becomes case events, one line per table, keyed by the table's DfE name. A table the input does
 * not have (or the 903 reader does not know yet) is skipped. Header comes first: the others check their children
 * against it.
 */
export const TABLE_IMPORTS = {
  Header: header,
  UASC: uasc,
  Episodes: episodes,
  Reviews: reviews,
  Missing: missing,
  OC2: oc2,
  OC3: oc3,
  AD1: ad1,
  PlacedAdoption: placedAdoption,
  PrevPerm: prevPerm,
  SWEpisodes: swEpisodes,
  DoLo: dolo,
} as const satisfies Record<string, TableImport>;

export type ImportedTableName = keyof typeof TABLE_IMPORTS;
export const IMPORTED_TABLES = Object.keys(TABLE_IMPORTS) as ImportedTableName[];

/**
 * How two returns' versions of one fact combine, when a later return may say less without contradicting the earlier
 * (see each). Without an entry the later return's version stands whole. The merge must depend only on the two
 * versions and the later year, so importing the years in either order ends with the same fact.
 */
export const MERGES: Partial<Record<FactEventType, (earlier: FactDraft, later: FactDraft, laterYearStart: string) => FactDraft>> = {
  PeriodOfCareStarted: mergePlacement,
  PlacementChanged: mergePlacement,
};
