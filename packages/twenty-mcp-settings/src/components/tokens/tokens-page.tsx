import { useRef, useState } from 'react';

import { REVOKE_MCP_TOKEN } from '../../graphql/mutations/revoke-mcp-token';
import { GET_MCP_TOKENS_PAGE } from '../../graphql/queries/get-mcp-tokens-page';
import { useApiQuery } from '../../hooks/use-api-query';
import { useSession } from '../../hooks/use-session';
import { type IssuedMcpToken } from '../../types/issued-mcp-token.type';
import { type McpObjectChoice } from '../../types/mcp-object-choice.type';
import { type McpGrantableRole } from '../../types/mcp-grantable-role.type';
import { type McpToken } from '../../types/mcp-token.type';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { ErrorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/loading-state';
import { PageHeader } from '../ui/page-header';
import { SettingsSection } from '../ui/settings-section';
import { StatusMessage } from '../ui/status-message';
import { IssueTokenForm } from './issue-token-form';
import { IssuedTokenPanel } from './issued-token-panel';
import { RevokeTokenDialog } from './revoke-token-dialog';
import { TokensTable } from './tokens-table';

type TokensPageData = {
  mcpTokens: McpToken[];
  mcpRoles: McpGrantableRole[];
  mcpObjects: McpObjectChoice[];
};

export const TokensPage = () => {
  const { request, setIssuedToken } = useSession();
  const { data, error, isLoading, reload, setData } =
    useApiQuery<TokensPageData>(GET_MCP_TOKENS_PAGE);
  const [issued, setIssued] = useState<IssuedMcpToken | null>(null);
  const [revoking, setRevoking] = useState<McpToken | null>(null);
  const [status, setStatus] = useState('');
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  const handleIssued = (result: IssuedMcpToken) => {
    setIssued(result);
    setIssuedToken({ name: result.record.name, token: result.token });
    setData((previous) => ({
      ...previous,
      mcpTokens: [result.record, ...previous.mcpTokens],
    }));
  };

  const revoke = async (token: McpToken) => {
    setRevoking(null);
    setRevokeError(null);
    setStatus(`Revoking “${token.name}”…`);

    try {
      const { revokeMcpToken } = await request<{ revokeMcpToken: McpToken }>(
        REVOKE_MCP_TOKEN,
        { id: token.id },
      );

      setData((previous) => ({
        ...previous,
        mcpTokens: previous.mcpTokens.map((candidate) =>
          candidate.id === revokeMcpToken.id ? revokeMcpToken : candidate,
        ),
      }));
      setStatus(`Token “${token.name}” revoked.`);
    } catch (caught) {
      setStatus('');
      setRevokeError(getErrorMessage(caught));
    } finally {
      // Its Revoke button is gone: focus the list rather than the page.
      listHeadingRef.current?.focus();
    }
  };

  return (
    <>
      <PageHeader
        title="Tokens"
        description="A token lets one MCP client act in this workspace with a role and scopes. It is shown once, when it is issued; only a hash is stored."
      />
      {issued && (
        <IssuedTokenPanel issued={issued} onDismiss={() => setIssued(null)} />
      )}
      {isLoading && !data && <LoadingState />}
      {error && <ErrorMessage onRetry={reload}>{error}</ErrorMessage>}
      {data && (
        <>
          <SettingsSection title="Issue a token">
            <IssueTokenForm
              roles={data.mcpRoles}
              objects={data.mcpObjects}
              onIssued={handleIssued}
            />
          </SettingsSection>
          <section className="settings-section" aria-labelledby="token-list">
            <h2
              id="token-list"
              ref={listHeadingRef}
              tabIndex={-1}
              className="section-title"
            >
              Issued tokens
            </h2>
            <StatusMessage tone="success">{status}</StatusMessage>
            {revokeError && <ErrorMessage>{revokeError}</ErrorMessage>}
            <TokensTable
              tokens={data.mcpTokens}
              objects={data.mcpObjects}
              onRevoke={setRevoking}
            />
          </section>
        </>
      )}
      <RevokeTokenDialog
        token={revoking}
        onConfirm={(token) => void revoke(token)}
        onCancel={() => setRevoking(null)}
      />
    </>
  );
};
