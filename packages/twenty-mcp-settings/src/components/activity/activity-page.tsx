import { useMemo, useState } from 'react';

import { AUDIT_OUTCOMES } from '../../constants/audit-outcomes.const';
import { AUDIT_PAGE_SIZE } from '../../constants/audit-page-size.const';
import { GET_MCP_ACTIVITY_PAGE } from '../../graphql/queries/get-mcp-activity-page';
import { GET_MCP_AUDIT_ACTIVITY } from '../../graphql/queries/get-mcp-audit-activity';
import { useApiQuery } from '../../hooks/use-api-query';
import { type AuditFilters } from '../../types/audit-filters.type';
import { type McpAuditBucket } from '../../types/mcp-audit-bucket.type';
import { type McpAuditEvent } from '../../types/mcp-audit-event.type';
import { type McpSettings } from '../../types/mcp-settings.type';
import { buildActivitySeries } from '../../utils/build-activity-series.util';
import { describePrincipal } from '../../utils/describe-principal.util';
import { sumCountsBy } from '../../utils/sum-counts-by.util';
import { toAuditInput } from '../../utils/to-audit-input.util';
import { ErrorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/loading-state';
import { PageHeader } from '../ui/page-header';
import { SettingsSection } from '../ui/settings-section';
import { ActivityChart } from './activity-chart';
import { ActivityFiltersForm } from './activity-filters-form';
import { ActivityTotals } from './activity-totals';
import { AuditChainStatus } from './audit-chain-status';
import { AuditEventsList } from './audit-events-list';
import { AuditExportButtons } from './audit-export-buttons';
import { AuditSettingsForm } from './audit-settings-form';
import { IndexAdviceList } from './index-advice-list';

const NO_FILTERS: AuditFilters = {
  since: '',
  until: '',
  action: '',
  principalId: '',
  outcome: '',
  bucket: 'day',
};

type PageData = {
  mcpSettings: McpSettings;
  mcpTokens: { id: string; name: string }[];
  toolChoices: { action: string }[];
};

type ActivityData = {
  mcpAuditActivity: McpAuditBucket[];
  mcpAuditEvents: {
    events: McpAuditEvent[];
    nextBeforeSequence: number | null;
  };
};

const outcomeLabel = (outcome: string) =>
  AUDIT_OUTCOMES.find(({ value }) => value === outcome)?.label ?? outcome;

export const ActivityPage = () => {
  const page = useApiQuery<PageData>(GET_MCP_ACTIVITY_PAGE);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const input = toAuditInput(filters);
  const activity = useApiQuery<ActivityData>(GET_MCP_AUDIT_ACTIVITY, {
    activity: { ...input, bucket: filters.bucket },
    events: { ...input, first: AUDIT_PAGE_SIZE },
  });
  const [shownEvents, setShownEvents] = useState<McpAuditEvent[]>([]);

  const tokenNames = useMemo(
    () => new Map(page.data?.mcpTokens.map(({ id, name }) => [id, name])),
    [page.data],
  );
  const actions = useMemo(
    () =>
      [...new Set(page.data?.toolChoices.map(({ action }) => action))].sort(),
    [page.data],
  );
  const buckets = activity.data?.mcpAuditActivity ?? [];

  return (
    <>
      <PageHeader
        title="Activity"
        description="Every MCP tool call and settings change in this workspace, from its tamper-evident audit trail."
      />
      {page.isLoading && !page.data && <LoadingState />}
      {page.error && (
        <ErrorMessage onRetry={page.reload}>{page.error}</ErrorMessage>
      )}
      {page.data && (
        <>
          <SettingsSection
            title="Chain"
            description="Each event is chained to the one before by its hash: a row edited or removed later no longer verifies."
          >
            <AuditChainStatus />
          </SettingsSection>
          <SettingsSection title="Filters">
            <ActivityFiltersForm
              value={filters}
              actions={actions}
              tokens={page.data.mcpTokens}
              onApply={setFilters}
            />
          </SettingsSection>
          {activity.error && (
            <ErrorMessage onRetry={activity.reload}>
              {activity.error}
            </ErrorMessage>
          )}
          {activity.isLoading && !activity.data && <LoadingState />}
          {activity.data && (
            <>
              <SettingsSection title="Events over time">
                <ActivityChart
                  points={buildActivitySeries(buckets, filters.bucket)}
                  bucket={filters.bucket}
                />
                <ActivityTotals
                  byAction={sumCountsBy(
                    buckets,
                    ({ action }) => action,
                    ({ count }) => count,
                  )}
                  byOutcome={sumCountsBy(
                    buckets,
                    ({ outcome }) => outcomeLabel(outcome),
                    ({ count }) => count,
                  )}
                  byPrincipal={sumCountsBy(
                    shownEvents,
                    (event) =>
                      describePrincipal(
                        event.principalKind,
                        event.principalId,
                        tokenNames,
                      ).name,
                    () => 1,
                  )}
                  principalNote={`Among the ${shownEvents.length} events listed below.`}
                />
              </SettingsSection>
              <SettingsSection title="Events">
                <AuditEventsList
                  key={JSON.stringify(filters)}
                  firstPage={activity.data.mcpAuditEvents}
                  input={input}
                  tokenNames={tokenNames}
                  onShownChange={setShownEvents}
                />
                <AuditExportButtons since={input.since} until={input.until} />
              </SettingsSection>
            </>
          )}
          <SettingsSection
            title="Index advice"
            description="For the reads AI clients actually make (order, filtered fields, groupings; never values), the index on Twenty's table that would serve each, most used first."
          >
            <IndexAdviceList />
          </SettingsSection>
          <SettingsSection
            title="Audit settings"
            description="What the audit trail keeps, and for how long."
          >
            <AuditSettingsForm
              settings={page.data.mcpSettings}
              onSaved={(mcpSettings) =>
                page.setData((data) => ({ ...data, mcpSettings }))
              }
            />
          </SettingsSection>
        </>
      )}
    </>
  );
};
