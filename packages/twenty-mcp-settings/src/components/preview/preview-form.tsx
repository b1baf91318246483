import { type FormEvent, useCallback, useEffect, useState } from 'react';

import { GET_MCP_TOOL_PREVIEW } from '../../graphql/queries/get-mcp-tool-preview';
import { useSession } from '../../hooks/use-session';
import { type McpObjectChoice } from '../../types/mcp-object-choice.type';
import { type McpRole } from '../../types/mcp-role.type';
import { type McpScope } from '../../types/mcp-scope.type';
import { type McpToolMode } from '../../types/mcp-tool-mode.type';
import { type McpToolPreview } from '../../types/mcp-tool-preview.type';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { ErrorMessage } from '../ui/error-message';
import { ObjectPicker } from '../ui/object-picker';
import { RoleSelect } from '../ui/role-select';
import { ScopeCheckboxes } from '../ui/scope-checkboxes';
import { SettingsSection } from '../ui/settings-section';
import { ToolModeRadios } from './tool-mode-radios';
import { ToolPreviewResult } from './tool-preview-result';

type PreviewInput = {
  roleId: string;
  scopes: McpScope[];
  objectIds: string[] | null;
  mode: McpToolMode;
};

export const PreviewForm = ({
  roles,
  objects,
  defaultMode,
}: {
  roles: McpRole[];
  objects: McpObjectChoice[];
  defaultMode: McpToolMode;
}) => {
  const { request } = useSession();
  const [input, setInput] = useState<PreviewInput>({
    roleId: roles[0]?.id ?? '',
    scopes: ['READ'],
    objectIds: null,
    mode: defaultMode,
  });
  const [preview, setPreview] = useState<McpToolPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);

  const load = useCallback(
    async (current: PreviewInput) => {
      if (!current.roleId || current.scopes.length === 0) {
        setError('Choose a role and at least one scope.');

        return;
      }

      // As the token form says: an empty pick is no choice, not "all".
      if (current.objectIds?.length === 0) {
        setError('Pick at least one object, or allow every object.');

        return;
      }
      setIsLoading(true);
      setError(null);

      try {
        const { mcpToolPreview } = await request<{
          mcpToolPreview: McpToolPreview;
        }>(GET_MCP_TOOL_PREVIEW, { input: current });

        setPreview(mcpToolPreview);
      } catch (caught) {
        setError(getErrorMessage(caught));
      } finally {
        setIsLoading(false);
      }
    },
    [request],
  );

  // A first answer for the defaults, so the page is never empty.
  const [initialInput] = useState(input);

  useEffect(() => {
    void load(initialInput);
  }, [load, initialInput]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void load(input);
  };

  const update = (change: Partial<PreviewInput>) =>
    setInput((previous) => ({ ...previous, ...change }));

  return (
    <>
      <SettingsSection title="Credential">
        <form
          className="form"
          aria-label="Preview a credential"
          onSubmit={handleSubmit}
        >
          <RoleSelect
            roles={roles}
            value={input.roleId}
            onChange={(roleId) => update({ roleId })}
            hint="Preview as a token with this role."
          />
          <ScopeCheckboxes
            value={input.scopes}
            onChange={(scopes) => update({ scopes })}
          />
          <ObjectPicker
            objects={objects}
            value={input.objectIds}
            onChange={(objectIds) => update({ objectIds })}
          />
          <ToolModeRadios
            value={input.mode}
            onChange={(mode) => update({ mode })}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              aria-disabled={isLoading}
            >
              Show the tools
            </button>
          </div>
        </form>
      </SettingsSection>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <ToolPreviewResult preview={preview} isLoading={isLoading} />
    </>
  );
};
