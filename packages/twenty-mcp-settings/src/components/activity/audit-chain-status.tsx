import { GET_MCP_AUDIT_CHAIN } from '../../graphql/queries/get-mcp-audit-chain';
import { useApiQuery } from '../../hooks/use-api-query';
import { type McpAuditChain } from '../../types/mcp-audit-chain.type';
import { CopyField } from '../ui/copy-field';
import { ErrorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/loading-state';

const describeChain = (chain: McpAuditChain): string => {
  if (!chain.valid) {
    return `Broken at sequence ${chain.firstBadSequence ?? '?'}: ${chain.problem ?? 'the chain does not verify'}.`;
  }

  if (chain.lastSequence === null) {
    return 'Verified: nothing recorded yet.';
  }

  const pruned =
    chain.prunedThroughSequence > 0
      ? ` (events through sequence ${chain.prunedThroughSequence} were pruned by retention)`
      : '';

  return `Verified: ${chain.checkedRows.toLocaleString('en-US')} events checked through sequence ${chain.lastSequence}${pruned}.`;
};

// Whether the workspace's hash chain verifies, read on demand: verifying
// reads the whole chain.
export const AuditChainStatus = () => {
  const { data, error, isLoading, reload } = useApiQuery<{
    mcpAuditChain: McpAuditChain;
  }>(GET_MCP_AUDIT_CHAIN);
  const chain = data?.mcpAuditChain;

  return (
    <div className="audit-chain">
      {isLoading && <LoadingState label="Verifying the chain…" />}
      {error && <ErrorMessage onRetry={reload}>{error}</ErrorMessage>}
      {chain && !isLoading && (
        <p
          className={`notice ${chain.valid ? 'notice-success' : 'notice-error'}`}
          data-testid="audit-chain-state"
        >
          {describeChain(chain)}
        </p>
      )}
      {chain?.headHash && (
        <CopyField
          label={`Head hash (sequence ${chain.lastSequence})`}
          value={chain.headHash}
          hint="Keep it somewhere else (a ticket, a log kept off this host): if it later no longer matches, events were removed or rewritten at the end of the chain."
        />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={isLoading}
          onClick={() => {
            if (!isLoading) {
              reload();
            }
          }}
        >
          Verify again
        </button>
      </div>
    </div>
  );
};
