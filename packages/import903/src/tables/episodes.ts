import { checkCode } from '@careledger/ssda903';
import type { FactCandidate, FactDraft, RowOrigin, RowRefusal, TableImport } from './tableImport';
import { childRefusal, firstBlank, refuse, withOptional } from './tableImport';
import type { SourceRow } from '../input/port';

const COLUMNS = [
  'CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST',
  'PL_POST', 'URN',
] as const;

const RNE = ['S', 'P', 'T', 'L', 'B', 'U'];

const PLACEMENT_COLUMNS = { placementType: 'PLACE', placementProvider: 'PLACE_PROVIDER', placementPostcode: 'PL_POST', urn: 'URN' };

/** The natural keys of what one episode states: its opening fact, a legal change beside a move (B/U), its end. */
export const episodeKeys = (decom: string) => ({
  opening: `episode:${decom}`,
  legal: `episode:${decom}:legal`,
  end: `episode:${decom}:end`,
  carriedIn: `episode:${decom}:carried-in`,
});

/** Placement codes a later return may report for the same placement (rule 503D): the fact keeps its own code. */
const RECODED: Readonly<Record<string, readonly string[]>> = { H5: ['K3'], Z1: ['Z11', 'Z12', 'Z13', 'Z14'] };

/**
 * The placement type the episode opened with. From 2024-25 the return reports an open H5 episode as K3 (rule 503D),
 * so a K3 dated before K3 existed (28 October 2023) is that H5 placement: the fact is the code in force on DECOM.
 * Z11-Z14 are not read back as Z1 the same way: which of them applies is a fact the later return adds
 * (PlacementReclassified), not a recoding.
 */
export function placementTypeOnDecom(place: string, decom: string): string {
  if (place === 'K3' && !checkCode('placementType', place, decom).ok && checkCode('placementType', 'H5', decom).ok) return 'H5';
  return place;
}

function placementOf(cells: SourceRow['cells']): Record<string, unknown> {
  return withOptional({
    placementType: cells.PLACE && cells.DECOM ? placementTypeOnDecom(cells.PLACE, cells.DECOM) : cells.PLACE, placementProvider: cells.PLACE_PROVIDER, placementPostcode: cells.PL_POST, urn: cells.URN,
  });
}

function startOf(cells: SourceRow['cells']): FactDraft {
  return {
    type: 'PeriodOfCareStarted', occurredAt: cells.DECOM!,
    payload: { ...placementOf(cells), ...withOptional({ legalStatus: cells.LS, categoryOfNeed: cells.CIN, homePostcode: cells.HOME_POST }) },
  };
}

/** The row's own checks, before its place in the child's chain is looked at. */
function rowRefusal(row: SourceRow, origin: RowOrigin): RowRefusal | undefined {
  const blank = firstBlank(row, ['DECOM', 'RNE', 'LS', 'PLACE']);
  if (blank) return refuse(row, origin, blank, 'blank: every episode states it');
  const { RNE: rne, CIN: cin, DEC: dec, REC: rec } = row.cells;
  if (!RNE.includes(rne!)) return refuse(row, origin, 'RNE', `'${rne}' is not a reason for a new episode (${RNE.join(', ')})`);
  if (rne === 'S' && !cin) return refuse(row, origin, 'CIN', 'blank: an episode starting care (RNE S) states the category of need');
  if (dec && !rec) return refuse(row, origin, 'REC', 'blank: an episode with a DEC states why it ceased (rule 148)');
  if (rec && !dec) return refuse(row, origin, 'DEC', 'blank: an episode with a REC states when it ceased (rule 148)');
  if (dec && dec < row.cells.DECOM!) return refuse(row, origin, 'DEC', `the episode ends (${dec}) before it starts (${row.cells.DECOM})`);
  return undefined;
}

/**
 * Episodes -> the care facts that derive them again: RNE S -> PeriodOfCareStarted; P/T -> PlacementChanged (T: same
 * carer); L -> LegalStatusChanged; B/U -> both, the same day; a REC other than X1 -> PeriodOfCareEnded at DEC (X1 ends
 * are derived from the next episode). REASON_PLACE_CHANGE of an episode is the reason of the move that ended it, so it
 * goes on the next episode's PlacementChanged. An episode is named by its DECOM: the episode open on 31 March and
 * repeated in the next return is one episode.
 */
export const episodes: TableImport = {
  dfeName: 'Episodes',
  columns: COLUMNS,
  convert(rows, file, context) {
    const refusals: RowRefusal[] = [];
    const chains = new Map<string, SourceRow[]>();
    for (const row of rows) {
      const origin = { table: 'Episodes', file, line: row.line };
      const refusal = childRefusal(row, origin, context) ?? rowRefusal(row, origin);
      if (refusal) { refusals.push(refusal); continue; }
      const chain = chains.get(row.cells.CHILD!) ?? [];
      if (chain.some((r) => r.cells.DECOM === row.cells.DECOM)) {
        refusals.push(refuse(row, origin, 'DECOM', `another episode of child ${row.cells.CHILD} in this file starts on ${row.cells.DECOM}`));
        continue;
      }
      chains.set(row.cells.CHILD!, [...chain, row]);
    }
    const candidates: FactCandidate[] = [];
    for (const [childId, chain] of chains) {
      chain.sort((a, b) => (a.cells.DECOM! < b.cells.DECOM! ? -1 : 1));
      let previous: SourceRow | undefined;
      for (const row of chain) {
        const origin = { table: 'Episodes', file, line: row.line };
        const { cells } = row;
        const rne = cells.RNE!;
        if (rne !== 'S' && previous?.cells.REC && previous.cells.REC !== 'X1') {
          refusals.push(refuse(row, origin, 'RNE', `RNE ${rne} follows an episode that left care on ${previous.cells.DEC} (REC ${previous.cells.REC}): the next episode must be S (rule 432)`));
          previous = row;
          continue;
        }
        const keys = episodeKeys(cells.DECOM!);
        const endedMove = previous && previous.cells.DEC === cells.DECOM ? previous.cells.REASON_PLACE_CHANGE : undefined;
        const move: FactDraft = {
          type: 'PlacementChanged', occurredAt: cells.DECOM!,
          payload: { ...placementOf(cells), ...withOptional({ reasonForChange: endedMove }), sameCarer: rne === 'T' || rne === 'U' },
        };
        const legal: FactDraft = { type: 'LegalStatusChanged', occurredAt: cells.DECOM!, payload: { legalStatus: cells.LS } };
        const opening = rne === 'S' ? startOf(cells) : rne === 'L' ? legal : move;
        const columns = {
          ...PLACEMENT_COLUMNS, legalStatus: 'LS', categoryOfNeed: 'CIN', homePostcode: 'HOME_POST', sameCarer: 'RNE', type: 'RNE',
          reasonForChange: 'REASON_PLACE_CHANGE', occurredAt: 'DECOM',
        };
        const base = { childId, origin, columns };
        candidates.push({
          ...base, key: keys.opening, fact: opening, supersedes: [keys.carriedIn],
          // The return's first episode of the child continues a period of care that began in an earlier return: if
          // that return is not imported, the period is started here (RNE S) until it is.
          ...(previous === undefined && rne !== 'S' ? { whenAbsent: { ...base, key: keys.carriedIn, fact: startOf(cells) } } : {}),
        });
        candidates.push({ ...base, key: keys.legal, fact: rne === 'B' || rne === 'U' ? legal : null });
        const leftCare = cells.DEC && cells.REC !== 'X1';
        candidates.push({
          ...base, key: keys.end, columns: { reasonCeased: 'REC', occurredAt: 'DEC', type: 'REC' },
          fact: leftCare ? { type: 'PeriodOfCareEnded', occurredAt: cells.DEC!, payload: { reasonCeased: cells.REC } } : null,
          ...(cells.DEC ? {} : { openAtYearEnd: true }),
        });
        previous = row;
      }
    }
    return { candidates, refusals };
  },
};

/**
 * A later return repeating a placement may recode it (H5 as K3, Z1 as Z11-Z14) and, for its first episode, cannot know
 * the reason the earlier placement ended: neither contradicts the earlier return.
 */
export function mergePlacement(earlier: FactDraft, later: FactDraft): FactDraft {
  const payload: Record<string, unknown> = { ...later.payload };
  const before = earlier.payload;
  if (typeof before.placementType === 'string' && RECODED[before.placementType]?.includes(payload.placementType as string)) {
    payload.placementType = before.placementType;
  }
  if (later.type === 'PlacementChanged' && earlier.type === 'PlacementChanged' && payload.reasonForChange === undefined && before.reasonForChange !== undefined) {
    payload.reasonForChange = before.reasonForChange;
  }
  return { ...later, payload };
}
