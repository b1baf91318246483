import { GET_MCP_INDEX_ADVICE } from '../../graphql/queries/get-mcp-index-advice';
import { useApiQuery } from '../../hooks/use-api-query';
import { type McpIndexAdvice } from '../../types/mcp-index-advice.type';
import { formatDateTime } from '../../utils/format-date-time.util';
import { Badge } from '../ui/badge';
import { CodeBlock } from '../ui/code-block';
import { ErrorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/loading-state';

const describeCalls = (calls: number) =>
  `${calls.toLocaleString('en-US')} ${calls === 1 ? 'call' : 'calls'}`;

// The reads AI clients made in this workspace, most used first, each with
// whether an index serves it and, if none does, the statement to create
// one. Read on demand: the advisor reads the table's indexes.
export const IndexAdviceList = () => {
  const { data, error, isLoading, reload } = useApiQuery<{
    mcpIndexAdvice: McpIndexAdvice[];
  }>(GET_MCP_INDEX_ADVICE);
  const advice = data?.mcpIndexAdvice ?? [];
  const missing = advice.filter(
    ({ statement, servedBy }) => statement && !servedBy,
  );

  return (
    <div className="index-advice">
      <p className="notice">
        Nothing here is applied for you: the module never creates or drops an
        index. Run a statement yourself, outside a transaction (CREATE INDEX
        CONCURRENTLY cannot run inside one), at a quiet time.
      </p>
      {isLoading && <LoadingState label="Reading the advice…" />}
      {error && <ErrorMessage onRetry={reload}>{error}</ErrorMessage>}
      {data && advice.length === 0 && (
        <p data-testid="index-advice-empty">
          No reads recorded yet: the advice follows what AI clients actually
          ask.
        </p>
      )}
      {data && advice.length > 0 && (
        <>
          <p data-testid="index-advice-summary">
            {missing.length === 0
              ? 'Every recorded read is served by an existing index.'
              : `${missing.length} of ${advice.length} recorded reads have no index to serve them.`}
          </p>
          <ul className="index-advice-list" aria-label="Recorded reads">
            {advice.map((item, position) => (
              <li key={position} className="index-advice-item">
                <p>
                  <strong>{item.objectLabel}</strong>{' '}
                  {item.description || 'all records'}
                </p>
                <p>
                  {describeCalls(item.calls)}, last{' '}
                  {formatDateTime(item.lastUsedAt, '')}{' '}
                  {item.servedBy ? (
                    <Badge tone="success">Served by {item.servedBy}</Badge>
                  ) : item.statement ? (
                    <Badge tone="warning">No index</Badge>
                  ) : (
                    <Badge>No btree index helps</Badge>
                  )}
                </p>
                {item.notes.map((note) => (
                  <p key={note} className="field-hint">
                    {note}
                  </p>
                ))}
                {item.statement && !item.servedBy && (
                  <CodeBlock
                    code={item.statement}
                    what={`index statement for ${item.objectLabel}: ${item.description}`}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
