import type { CaseEvent } from '@careledger/events';
import type { LogPosition } from '@careledger/eventlog';
import { STAGING_COLUMNS, type StagingColumn } from './ddl';

type StagingRow = Record<StagingColumn, string | null>;

const PAYLOAD_COLUMNS: Record<string, StagingColumn> = {
  sex: 'sex', dateOfBirth: 'date_of_birth', ethnicity: 'ethnicity', upn: 'upn', isMother: 'is_mother',
  childsDateOfBirth: 'childs_dob', uasc: 'uasc', uascCeasedDate: 'uasc_ceased', legalStatus: 'legal_status',
  categoryOfNeed: 'category_of_need', placementType: 'placement_type', placementProvider: 'placement_provider',
  placementPostcode: 'placement_postcode', urn: 'urn', homePostcode: 'home_postcode',
  reasonForChange: 'reason_for_change', sameCarer: 'same_carer', reasonCeased: 'reason_ceased',
  participation: 'participation', missingEpisodeId: 'missing_episode_id', missingType: 'missing_type',
};

function emptyRow(): StagingRow {
  return Object.fromEntries(STAGING_COLUMNS.map((c) => [c, null])) as StagingRow;
}

function putPayload(row: StagingRow, payload: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(payload)) {
    const column = PAYLOAD_COLUMNS[field];
    if (column && value !== undefined && value !== null) row[column] = String(value);
  }
}

/** Flattens one event to the staging row: envelope, then the fact it states (for a replacement, the corrected fact). */
export function toStagingRow(event: CaseEvent, position: LogPosition): StagingRow {
  const row = emptyRow();
  row.event_id = event.eventId;
  row.log_partition = String(position.partition);
  row.log_offset = String(position.offset);
  row.type = event.type;
  row.la_code = event.laCode;
  row.child_id = event.childId;
  row.occurred_at = event.occurredAt;
  row.recorded_at = event.recordedAt;
  row.source = event.source;
  if (event.type === 'EventRetracted') {
    row.target_event_id = event.payload.targetEventId;
    row.correction_reason = event.payload.reason;
  } else if (event.type === 'EventReplaced') {
    row.target_event_id = event.payload.targetEventId;
    row.correction_reason = event.payload.reason;
    row.fact_type = event.payload.replacement.type;
    row.fact_date = event.payload.replacement.occurredAt;
    putPayload(row, event.payload.replacement.payload as Record<string, unknown>);
  } else {
    row.fact_type = event.type;
    row.fact_date = event.occurredAt;
    putPayload(row, event.payload as Record<string, unknown>);
  }
  return row;
}

/** Column-major arrays for the DuckDB appender. */
export function toStagingColumns(rows: readonly StagingRow[]): (string | null)[][] {
  return STAGING_COLUMNS.map((column) => rows.map((row) => row[column]));
}
