import { useState } from 'react';

import { UPDATE_MCP_SETTINGS } from '../../graphql/mutations/update-mcp-settings';
import { GET_MCP_SETTINGS } from '../../graphql/queries/get-mcp-settings';
import { useApiQuery } from '../../hooks/use-api-query';
import { useSession } from '../../hooks/use-session';
import { type McpSettings } from '../../types/mcp-settings.type';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { CopyField } from '../ui/copy-field';
import { ErrorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/loading-state';
import { PageHeader } from '../ui/page-header';
import { SettingsSection } from '../ui/settings-section';
import { StatusMessage } from '../ui/status-message';
import { SwitchField } from '../ui/switch-field';
import { CallLimitsForm } from './call-limits-form';
import { ClientConfigs } from './client-configs';
import { ErasureSettingsForm } from './erasure-settings-form';
import { EventsOffNotice } from './events-off-notice';
import { InstanceDisabledNotice } from './instance-disabled-notice';

export const OverviewPage = () => {
  const { request, session } = useSession();
  const { data, error, isLoading, reload, setData } = useApiQuery<{
    mcpSettings: McpSettings;
  }>(GET_MCP_SETTINGS);
  const [isSaving, setIsSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const workspaceName =
    session.status === 'signed-in' ? session.viewer.workspaceName : '';

  const setEnabled = async (isEnabled: boolean) => {
    setIsSaving(true);
    setSaveError(null);
    setStatus('Saving…');

    try {
      const { updateMcpSettings } = await request<{
        updateMcpSettings: McpSettings;
      }>(UPDATE_MCP_SETTINGS, { input: { isEnabled } });

      setData(() => ({ mcpSettings: updateMcpSettings }));
      setStatus(
        updateMcpSettings.isEnabled
          ? `Saved: MCP is on for ${workspaceName}.`
          : `Saved: MCP is off for ${workspaceName}.`,
      );
    } catch (caught) {
      setStatus('');
      setSaveError(getErrorMessage(caught));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <>
      <PageHeader
        title="Overview"
        description="Let AI assistants work with this workspace’s records over the Model Context Protocol (MCP), with tokens whose role and scopes you choose."
      />
      {isLoading && !data && <LoadingState />}
      {error && <ErrorMessage onRetry={reload}>{error}</ErrorMessage>}
      {data && (
        <>
          {!data.mcpSettings.instanceEnabled && <InstanceDisabledNotice />}
          {data.mcpSettings.twentyEventsDelivery === 'OFF' && (
            <EventsOffNotice />
          )}
          <SettingsSection
            title="Workspace access"
            description="Off: every MCP request for this workspace is refused, whatever the token. Tokens and settings are kept."
          >
            <SwitchField
              label="Serve MCP for this workspace"
              description={`Clients with a valid token can use ${workspaceName} through MCP.`}
              checked={data.mcpSettings.isEnabled}
              isBusy={isSaving}
              onChange={(checked) => void setEnabled(checked)}
            />
            <StatusMessage tone="success">{status}</StatusMessage>
            {saveError && <ErrorMessage>{saveError}</ErrorMessage>}
          </SettingsSection>
          <SettingsSection
            title="Call limits"
            description="Tool calls per hour, counted per token and for the whole workspace; a call over a limit is refused with the time to retry. Other requests (listing tools, reading resources) are not counted."
          >
            <CallLimitsForm
              settings={data.mcpSettings}
              onSaved={(mcpSettings) => setData(() => ({ mcpSettings }))}
            />
          </SettingsSection>
          <SettingsSection
            title="Erasure"
            description="Erasing a person (the erase_person tool, for tokens with the Erase people scope, after a confirmation) destroys the person and the notes and tasks only about them, and clears their email addresses and phone numbers in the fields of other records chosen here. The audit trail records the erasure without the erased content."
          >
            <ErasureSettingsForm
              settings={data.mcpSettings}
              onSaved={(mcpSettings) => setData(() => ({ mcpSettings }))}
            />
          </SettingsSection>
          <SettingsSection
            title="Endpoint"
            description="Streamable HTTP; clients authenticate with a bearer token."
          >
            <CopyField
              label="Endpoint URL"
              value={data.mcpSettings.endpointUrl}
            />
          </SettingsSection>
          <ClientConfigs configs={data.mcpSettings.clientConfigs} />
        </>
      )}
    </>
  );
};
