import { GET_MCP_PREVIEW_PAGE } from '../../graphql/queries/get-mcp-preview-page';
import { useApiQuery } from '../../hooks/use-api-query';
import { type McpObjectChoice } from '../../types/mcp-object-choice.type';
import { type McpRole } from '../../types/mcp-role.type';
import { type McpSettings } from '../../types/mcp-settings.type';
import { ErrorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/loading-state';
import { PageHeader } from '../ui/page-header';
import { PreviewForm } from './preview-form';

type PreviewPageData = {
  mcpSettings: Pick<McpSettings, 'toolMode'>;
  mcpRoles: McpRole[];
  mcpObjects: McpObjectChoice[];
};

export const PreviewPage = () => {
  const { data, error, isLoading, reload } =
    useApiQuery<PreviewPageData>(GET_MCP_PREVIEW_PAGE);

  return (
    <>
      <PageHeader
        title="What the AI sees"
        description="The tools a client gets for a role and scopes, exactly as it lists them, and how much of the model’s context they take."
      />
      {isLoading && !data && <LoadingState />}
      {error && <ErrorMessage onRetry={reload}>{error}</ErrorMessage>}
      {data && (
        <PreviewForm
          roles={data.mcpRoles}
          objects={data.mcpObjects}
          defaultMode={data.mcpSettings.toolMode}
        />
      )}
    </>
  );
};
