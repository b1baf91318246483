import { type FormEvent, useId, useState } from 'react';

import { ISSUE_MCP_TOKEN } from '../../graphql/mutations/issue-mcp-token';
import { useSession } from '../../hooks/use-session';
import { type IssuedMcpToken } from '../../types/issued-mcp-token.type';
import { type McpObjectChoice } from '../../types/mcp-object-choice.type';
import { type McpRole } from '../../types/mcp-role.type';
import { type McpScope } from '../../types/mcp-scope.type';
import { getDateInputValue } from '../../utils/get-date-input-value.util';
import { getEndOfDayIso } from '../../utils/get-end-of-day-iso.util';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { ErrorMessage } from '../ui/error-message';
import { ObjectPicker } from '../ui/object-picker';
import { RoleSelect } from '../ui/role-select';
import { ScopeCheckboxes } from '../ui/scope-checkboxes';

const NAME_MAX_LENGTH = 100;

const getTomorrow = () => {
  const tomorrow = new Date();

  tomorrow.setDate(tomorrow.getDate() + 1);

  return getDateInputValue(tomorrow);
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
  roles: McpRole[];
  objects: McpObjectChoice[];
  onIssued: (issued: IssuedMcpToken) => void;
}) => {
  const { request } = useSession();
  const nameId = useId();
  const nameHintId = useId();
  const expiresId = useId();
  const expiresHintId = useId();
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState(roles[0]?.id ?? '');
  const [scopes, setScopes] = useState<McpScope[]>(['READ']);
  const [objectIds, setObjectIds] = useState<string[] | null>(null);
  const [expiresOn, setExpiresOn] = useState('');
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
      setExpiresOn('');
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
        roles={roles}
        value={roleId}
        onChange={setRoleId}
        hint="The token can do what this role can, never more."
      />
      <ScopeCheckboxes value={scopes} onChange={setScopes} />
      <ObjectPicker
        objects={objects}
        value={objectIds}
        onChange={setObjectIds}
      />
      <div className="field">
        <label htmlFor={expiresId} className="field-label">
          Expires on (optional)
        </label>
        <input
          id={expiresId}
          className="input input-narrow"
          type="date"
          min={getTomorrow()}
          aria-describedby={expiresHintId}
          value={expiresOn}
          onChange={(event) => setExpiresOn(event.target.value)}
        />
        <p id={expiresHintId} className="field-hint">
          The token works through the end of that day. Empty: it does not
          expire.
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
