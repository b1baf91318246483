import { AUDIT_OUTCOMES } from '../../constants/audit-outcomes.const';
import { type McpAuditEvent } from '../../types/mcp-audit-event.type';
import { describePrincipal } from '../../utils/describe-principal.util';
import { formatDateTime } from '../../utils/format-date-time.util';

// Record ids shown in a row before "and N more".
const SHOWN_RECORD_IDS = 3;

const OUTCOME_BADGES: Record<string, string> = {
  ok: 'badge-success',
  client_error: 'badge-warning',
  internal_error: 'badge-danger',
};

const describeRecordIds = (recordIds: string[]) => {
  if (recordIds.length === 0) {
    return '—';
  }

  const shown = recordIds.slice(0, SHOWN_RECORD_IDS).join(', ');
  const more = recordIds.length - SHOWN_RECORD_IDS;

  return more > 0 ? `${shown} and ${more} more` : shown;
};

export const AuditEventsTable = ({
  events,
  tokenNames,
}: {
  events: McpAuditEvent[];
  tokenNames: ReadonlyMap<string, string>;
}) => (
  <div className="card card-flush">
    <table className="table table-stack audit-events">
      <caption className="visually-hidden">Audit events, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Client</th>
          <th scope="col">Tool or action</th>
          <th scope="col">Object</th>
          <th scope="col">Records</th>
          <th scope="col">Outcome</th>
          <th scope="col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const principal = describePrincipal(
            event.principalKind,
            event.principalId,
            tokenNames,
          );
          const outcome =
            AUDIT_OUTCOMES.find(({ value }) => value === event.outcome)
              ?.label ?? event.outcome;

          return (
            <tr key={event.eventId} data-sequence={event.sequence}>
              <th scope="row" className="cell-name">
                {formatDateTime(event.occurredAt, '')}
                <span className="cell-secondary">#{event.sequence}</span>
              </th>
              <td data-label="Who">
                {principal.name}
                <span className="cell-secondary">{principal.kind}</span>
              </td>
              <td data-label="Client">
                {event.clientName
                  ? `${event.clientName} ${event.clientVersion ?? ''}`.trim()
                  : '—'}
              </td>
              <td data-label="Tool or action" className="mono">
                {event.action}
              </td>
              <td data-label="Object">{event.object ?? '—'}</td>
              <td data-label="Records" className="mono">
                {describeRecordIds(event.recordIds)}
              </td>
              <td data-label="Outcome">
                <span
                  className={`badge ${OUTCOME_BADGES[event.outcome] ?? 'badge-neutral'}`}
                >
                  {outcome}
                </span>
                {event.errorClass && (
                  <span className="cell-secondary">{event.errorClass}</span>
                )}
              </td>
              <td data-label="Duration">
                {event.durationMs === null ? '—' : `${event.durationMs} ms`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </div>
);
