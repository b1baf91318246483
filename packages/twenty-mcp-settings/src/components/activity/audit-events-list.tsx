import { useEffect, useState } from 'react';

import { AUDIT_PAGE_SIZE } from '../../constants/audit-page-size.const';
import { GET_MCP_AUDIT_EVENTS } from '../../graphql/queries/get-mcp-audit-events';
import { useSession } from '../../hooks/use-session';
import { type McpAuditEvent } from '../../types/mcp-audit-event.type';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { type AuditInput } from '../../utils/to-audit-input.util';
import { ErrorMessage } from '../ui/error-message';
import { StatusMessage } from '../ui/status-message';
import { AuditEventsTable } from './audit-events-table';

type EventPage = {
  events: McpAuditEvent[];
  nextBeforeSequence: number | null;
};

// The first page of events for the applied filters, then older pages on
// request, appended. Rendered with a key per filter set, so new filters
// start from their first page.
export const AuditEventsList = ({
  firstPage,
  input,
  tokenNames,
  onShownChange,
}: {
  firstPage: EventPage;
  input: AuditInput;
  tokenNames: ReadonlyMap<string, string>;
  onShownChange: (events: McpAuditEvent[]) => void;
}) => {
  const { request } = useSession();
  const [olderPages, setOlderPages] = useState<EventPage[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pages = [firstPage, ...olderPages];
  const events = pages.flatMap((page) => page.events);
  const nextBeforeSequence = pages[pages.length - 1].nextBeforeSequence;

  // The page's totals by token count the events listed here.
  useEffect(() => {
    onShownChange([firstPage, ...olderPages].flatMap((page) => page.events));
  }, [firstPage, olderPages, onShownChange]);

  const loadOlder = async () => {
    if (isLoading || nextBeforeSequence === null) {
      return;
    }

    setIsLoading(true);
    setError(null);

    try {
      const { mcpAuditEvents } = await request<{ mcpAuditEvents: EventPage }>(
        GET_MCP_AUDIT_EVENTS,
        {
          input: {
            ...input,
            beforeSequence: nextBeforeSequence,
            first: AUDIT_PAGE_SIZE,
          },
        },
      );

      setOlderPages((current) => [...current, mcpAuditEvents]);
    } catch (caught) {
      setError(getErrorMessage(caught));
    } finally {
      setIsLoading(false);
    }
  };

  if (events.length === 0) {
    return <p className="empty-state">No events match these filters.</p>;
  }

  return (
    <>
      <AuditEventsTable events={events} tokenNames={tokenNames} />
      <div className="toolbar">
        <StatusMessage>
          {events.length} {events.length === 1 ? 'event' : 'events'} shown
          {nextBeforeSequence === null ? ', no older ones.' : '.'}
        </StatusMessage>
        {nextBeforeSequence !== null && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={isLoading}
            onClick={() => void loadOlder()}
          >
            {isLoading ? 'Loading…' : 'Show older events'}
          </button>
        )}
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </>
  );
};
