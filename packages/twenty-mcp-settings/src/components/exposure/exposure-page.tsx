import { useCallback, useId, useState } from 'react';

import { UPDATE_MCP_SETTINGS } from '../../graphql/mutations/update-mcp-settings';
import { GET_MCP_EXPOSURE_PAGE } from '../../graphql/queries/get-mcp-exposure-page';
import { useApiQuery } from '../../hooks/use-api-query';
import { useSession } from '../../hooks/use-session';
import { type McpObjectExposure } from '../../types/mcp-object-exposure.type';
import { type McpSettings } from '../../types/mcp-settings.type';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { matchesObjectSearch } from '../../utils/matches-object-search.util';
import { ErrorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/loading-state';
import { PageHeader } from '../ui/page-header';
import { SettingsSection } from '../ui/settings-section';
import { StatusMessage } from '../ui/status-message';
import { SwitchField } from '../ui/switch-field';
import { ExposureTable } from './exposure-table';

type ExposurePageData = {
  mcpSettings: McpSettings;
  mcpObjects: McpObjectExposure[];
};

export const ExposurePage = () => {
  const { request } = useSession();
  const { data, error, isLoading, reload, setData } =
    useApiQuery<ExposurePageData>(GET_MCP_EXPOSURE_PAGE);
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [isSavingDefault, setIsSavingDefault] = useState(false);
  const [defaultError, setDefaultError] = useState<string | null>(null);

  const replaceObject = useCallback(
    (object: McpObjectExposure) =>
      setData((previous) => ({
        ...previous,
        mcpObjects: previous.mcpObjects.map((candidate) =>
          candidate.objectId === object.objectId ? object : candidate,
        ),
      })),
    [setData],
  );

  const setExposeNewObjects = async (exposeNewObjects: boolean) => {
    setIsSavingDefault(true);
    setDefaultError(null);

    try {
      const { updateMcpSettings } = await request<{
        updateMcpSettings: McpSettings;
      }>(UPDATE_MCP_SETTINGS, { input: { exposeNewObjects } });

      setData((previous) => ({ ...previous, mcpSettings: updateMcpSettings }));
      setStatus(
        updateMcpSettings.exposeNewObjects
          ? 'Saved: new custom objects are exposed by default.'
          : 'Saved: new custom objects stay hidden until you expose them.',
      );
      // Objects without a row of their own follow the default.
      reload();
    } catch (caught) {
      setDefaultError(getErrorMessage(caught));
    } finally {
      setIsSavingDefault(false);
    }
  };

  const objects = data?.mcpObjects ?? [];
  const visible = objects.filter((object) =>
    matchesObjectSearch(object, search),
  );

  return (
    <>
      <PageHeader
        title="Exposure"
        description="Which objects, operations and fields AI clients can reach in this workspace. Roles still apply: exposure only ever takes access away."
      />
      <StatusMessage tone="success">{status}</StatusMessage>
      {isLoading && !data && <LoadingState />}
      {error && <ErrorMessage onRetry={reload}>{error}</ErrorMessage>}
      {data && (
        <>
          <SettingsSection title="New custom objects">
            <SwitchField
              label="New custom objects are exposed by default"
              description="Custom objects you have not configured here get every operation. Off: they stay hidden from AI clients until you expose them below."
              checked={data.mcpSettings.exposeNewObjects}
              isBusy={isSavingDefault}
              onChange={(checked) => void setExposeNewObjects(checked)}
            />
            {defaultError && <ErrorMessage>{defaultError}</ErrorMessage>}
          </SettingsSection>
          <section
            className="settings-section"
            aria-labelledby="exposure-objects"
          >
            <h2 id="exposure-objects" className="section-title">
              Objects
            </h2>
            <p className="section-description">
              Changes are saved as you make them and apply from the next MCP
              request; connected clients are told the tool list changed. Create,
              update and delete need read: turning read off turns them off.
            </p>
            <div className="toolbar">
              <div className="field field-inline">
                <label htmlFor={searchId} className="field-label">
                  Search objects
                </label>
                <input
                  id={searchId}
                  className="input"
                  type="search"
                  autoComplete="off"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                />
              </div>
              <p role="status" className="toolbar-count">
                {visible.length === objects.length
                  ? `${objects.length} objects`
                  : `${visible.length} of ${objects.length} objects`}
              </p>
            </div>
            <ExposureTable
              objects={visible}
              onSaved={replaceObject}
              onAnnounce={setStatus}
            />
          </section>
        </>
      )}
    </>
  );
};
