import { codesOf } from '../codeLists';
import { placementCodeForYear } from '../codingByYear';
import { code, date, notBlank, text } from './column';
import { defineTable, type RowOf } from './table';

const COLUMNS_2024 = [
  'CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST',
  'PL_POST', 'URN',
] as const;

const PLACE_2025 = [
  'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'K3', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4',
  'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1',
] as const;

// RNE has no careledger code list (events say what changed, not how the 903 codes it); these are the schema's.
const REASONS_NEW_EPISODE = ['S', 'L', 'P', 'T', 'B', 'U'] as const;
// X1 (a new episode begins the same day) is a 903 code, not a reason a child left care, so it is not in the list.
const REASONS_EPISODE_CEASED = ['X1', ...codesOf('reasonEpisodeCeased')];

/** One row per episode open during the year: a change of legal status, placement or carer starts a new one. */
export const episodes = defineTable({
  dfeName: 'Episodes',
  fileName: 'episodes.csv',
  rowsAre: 'episodes',
  requiredInFolder: true,
  columns: {
    CHILD: notBlank(text), DECOM: notBlank(date), RNE: notBlank(code({ list: REASONS_NEW_EPISODE })), LS: notBlank(code({ list: 'legalStatus' })),
    CIN: code({ list: 'categoryOfNeed' }), PLACE: notBlank(code({ list: 'placementType', recode: placementCodeForYear })),
    PLACE_PROVIDER: code({ list: 'placementProvider' }), DEC: date, REC: code({ list: REASONS_EPISODE_CEASED }),
    REASON_PLACE_CHANGE: code({ list: 'reasonPlaceChange' }), HOME_POST: text, PL_POST: text, URN: text,
  },
  schemas: [
    {
      fromYear: 2024, source: 'SSDA903_schema_2024.yml', columns: COLUMNS_2024,
      codes: { PLACE: ['A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1'] },
    },
    // H5 and P2 leave the list (an H5 placement carried over is reported as K3, rule 503D; P2 has no successor, so
    // it goes out blank with a decision needed: codingByYear).
    { fromYear: 2025, source: 'SSDA903_schema_2025.diff.yml', columns: COLUMNS_2024, codes: { PLACE: PLACE_2025 } },
    // The 2026 diff still lists Z1, but the 2025-26 rules know only Z11-Z14 (218, 503D): careledger never writes Z1
    // from 2025-26, only a recorded reclassification, or a blank with a decision needed.
    { fromYear: 2026, source: 'SSDA903_schema_2026.diff.yml', columns: COLUMNS_2024, codes: { PLACE: [...PLACE_2025, 'Z11', 'Z12', 'Z13', 'Z14'] } },
  ],
});

export type EpisodeRow = RowOf<typeof episodes>;
