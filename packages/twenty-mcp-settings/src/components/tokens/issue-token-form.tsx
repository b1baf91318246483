import { type FormEvent, useId, useState } from 'react';

import { DEFAULT_TOKEN_LIFETIME_DAYS } from '../../constants/default-token-lifetime-days.const';
import { ISSUE_MCP_TOKEN } from '../../graphql/mutations/issue-mcp-token';
import { useSession } from '../../hooks/use-session';
import { type IssuedMcpToken } from '../../types/issued-mcp-token.type';
import { type McpGrantableRole } from '../../types/mcp-grantable-role.type';
import { type McpObjectChoice } from '../../types/mcp-object-choice.type';
import { type McpScope } from '../../types/mcp-scope.type';
import { getDateInputValue } from '../../utils/get-date-input-value.util';
import { getEndOfDayIso } from '../../utils/get-end-of-day-iso.util';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { pickLeastPrivilegedRole } from '../../utils/pick-least-privileged-role.util';
import { ErrorMessage } from '../ui/error-message';
import { ObjectPicker } from '../ui/object-picker';
import { RoleSelect } from '../ui/role-select';
import { ScopeCheckboxes } from '../ui/scope-checkboxes';

const NAME_MAX_LENGTH = 100;

const getDateInDays = (days: number) => {
  const date = new Date();

  date.setDate(date.getDate() + days);

  return getDateInputValue(date);
};

// Checked here for quick feedback; the API checks the same again.
const validate = ({
  name,
  roleId,
  scopes,
  objectIds,
}: {
  name: string;
  roleId: string;
  scopes: McpScope[];
  objectIds: string[] | null;
}): string | null => {
  if (name.trim().length === 0) {
    return 'Give the token a name.';
  }

  if (!roleId) {
    return 'Choose a role.';
  }

  if (scopes.length === 0) {
    return 'Choose at least one scope.';
  }

  if (objectIds?.length === 0) {
    return 'Pick at least one object, or allow every object.';
  }

  return null;
};

export const IssueTokenForm = ({
  roles,
  objects,
  onIssued,
}: {
  roles: McpGrantableRole[];
  objects: McpObjectChoice[];
  onIssued: (issued: IssuedMcpToken) => void;
}) => {
  // Only roles within the issuer's own rights; the API refuses others.
  const grantable = roles.filter((role) => role.grantableScopes.length > 0);
  const { request } = useSession();
  const nameId = useId();
  const nameHintId = useId();
  const expiresId = useId();
  const expiresHintId = useId();
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState(
    () => pickLeastPrivilegedRole(roles)?.id ?? '',
  );
  const [scopes, setScopes] = useState<McpScope[]>(['READ']);
  const [objectIds, setObjectIds] = useState<string[] | null>(null);
  const [expiresOn, setExpiresOn] = useState(() =>
    getDateInDays(DEFAULT_TOKEN_LIFETIME_DAYS),
  );
  const role = grantable.find((candidate) => candidate.id === roleId);

  // Scopes the new role cannot grant are dropped; reading stays the floor.
  const changeRole = (nextRoleId: string) => {
    const next = grantable.find((candidate) => candidate.id === nextRoleId);
    const kept = scopes.filter((scope) =>
      next?.grantableScopes.includes(scope),
    );

    setRoleId(nextRoleId);
    setScopes(kept.length > 0 ? kept : ['READ']);
  };
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    if (isSubmitting) {
      return;
    }

    const problem = validate({ name, roleId, scopes, objectIds });

    setError(problem);

    if (problem) {
      return;
    }

    setIsSubmitting(true);

    try {
      const { issueMcpToken } = await request<{
        issueMcpToken: IssuedMcpToken;
      }>(ISSUE_MCP_TOKEN, {
        input: {
          name: name.trim(),
          roleId,
          scopes,
          objectIds,
          expiresAt: expiresOn ? getEndOfDayIso(expiresOn) : null,
        },
      });

      onIssued(issueMcpToken);
      setName('');
      setExpiresOn(getDateInDays(DEFAULT_TOKEN_LIFETIME_DAYS));
    } catch (caught) {
      setError(getErrorMessage(caught));
    } finally {
      setIsSubmitting(false);
    }
  };

  if (roles.length === 0) {
    return (
      <p className="field-hint">
        No role can be assigned to API keys in this workspace. Allow one in
        Twenty’s role settings first.
      </p>
    );
  }

  if (grantable.length === 0) {
    return (
      <p className="field-hint">
        Every role that can be assigned to API keys has rights your own role
        does not, and a token never gets more rights than the person issuing it.
        Ask a workspace admin to issue the token.
      </p>
    );
  }

  return (
    <form
      className="form"
      noValidate
      aria-label="Issue a token"
      onSubmit={(event) => void handleSubmit(event)}
    >
      <div className="field">
        <label htmlFor={nameId} className="field-label">
          Name
        </label>
        <input
          id={nameId}
          className="input"
          required
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          aria-describedby={nameHintId}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <p id={nameHintId} className="field-hint">
          So you recognize it later, e.g. “Claude Desktop on Priya’s laptop”.
        </p>
      </div>
      <RoleSelect
        roles={grantable}
        value={roleId}
        onChange={changeRole}
        hint="The token can do what this role can, never more. Only roles within your own rights are listed."
      />
      <ScopeCheckboxes
        value={scopes}
        onChange={setScopes}
        available={role?.grantableScopes}
        hint="What the token may do, within what its role allows. Only scopes that add something for this role, and that you hold yourself, are offered."
      />
      <ObjectPicker
        objects={objects}
        value={objectIds}
        onChange={setObjectIds}
      />
      <div className="field">
        <label htmlFor={expiresId} className="field-label">
          Expires on
        </label>
        <input
          id={expiresId}
          className="input input-narrow"
          type="date"
          min={getDateInDays(1)}
          aria-describedby={expiresHintId}
          value={expiresOn}
          onChange={(event) => setExpiresOn(event.target.value)}
        />
        <p id={expiresHintId} className="field-hint">
          The token works through the end of that day;{' '}
          {DEFAULT_TOKEN_LIFETIME_DAYS} days from today unless you pick another
          date. Clear the date only for a token that must never expire.
        </p>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={isSubmitting}
        >
          {isSubmitting ? 'Issuing…' : 'Issue token'}
        </button>
      </div>
    </form>
  );
};
