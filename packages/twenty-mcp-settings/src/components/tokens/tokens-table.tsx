import { type McpObjectChoice } from '../../types/mcp-object-choice.type';
import { type McpToken } from '../../types/mcp-token.type';
import { formatDateTime } from '../../utils/format-date-time.util';
import { TokenStatusBadge } from './token-status-badge';

const describeObjects = (
  objectIds: string[] | null,
  objects: McpObjectChoice[],
) => {
  if (objectIds === null) {
    return 'All objects';
  }

  return objectIds
    .map(
      (id) =>
        objects.find((object) => object.objectId === id)?.labelPlural ??
        'Deleted object',
    )
    .join(', ');
};

export const TokensTable = ({
  tokens,
  objects,
  onRevoke,
}: {
  tokens: McpToken[];
  objects: McpObjectChoice[];
  onRevoke: (token: McpToken) => void;
}) => {
  if (tokens.length === 0) {
    return (
      <p className="empty-state">
        No token yet. Issue one above to connect a client.
      </p>
    );
  }

  return (
    <div className="card card-flush">
      <table className="table table-stack">
        <caption className="visually-hidden">Issued tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role and scopes</th>
            <th scope="col">Status</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} data-token-id={token.id}>
              <th scope="row" className="cell-name">
                {token.name}
                <span className="cell-secondary mono">
                  {token.displayPrefix}…
                </span>
              </th>
              <td data-label="Role and scopes">
                {token.role?.label ?? 'Deleted role'}
                <span className="cell-secondary">
                  {token.scopes.map((scope) => scope.toLowerCase()).join(', ')}
                </span>
                <span className="cell-secondary">
                  {describeObjects(token.objectIds, objects)}
                </span>
              </td>
              <td data-label="Status">
                <TokenStatusBadge status={token.status} />
              </td>
              <td data-label="Last used">
                {formatDateTime(token.lastUsedAt, 'Never')}
              </td>
              <td data-label="Expires">
                {formatDateTime(token.expiresAt, 'Never')}
              </td>
              <td data-label="Created">
                {formatDateTime(token.createdAt, '')}
              </td>
              <td className="cell-actions">
                {token.status === 'ACTIVE' && (
                  <button
                    type="button"
                    className="button button-danger-subtle button-small"
                    onClick={() => onRevoke(token)}
                  >
                    Revoke
                    <span className="visually-hidden"> “{token.name}”</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
