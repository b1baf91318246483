import { type Ref, useId } from 'react';

import { type McpWorkspaceChoice } from '../../types/mcp-workspace-choice.type';

export const WorkspacePicker = ({
  ref,
  workspaces,
  value,
  onChange,
}: {
  ref: Ref<HTMLFieldSetElement>;
  workspaces: McpWorkspaceChoice[];
  value: string;
  onChange: (workspaceId: string) => void;
}) => {
  const idPrefix = useId();

  return (
    <fieldset ref={ref} className="fieldset">
      <legend className="field-label">Workspace</legend>
      <p className="field-hint">
        This account belongs to several workspaces. Which one do you want to
        manage?
      </p>
      <div className="choice-list">
        {workspaces.map((workspace) => (
          <div className="choice" key={workspace.id}>
            <input
              id={`${idPrefix}-${workspace.id}`}
              type="radio"
              name={`${idPrefix}-workspace`}
              value={workspace.id}
              checked={value === workspace.id}
              onChange={() => onChange(workspace.id)}
            />
            <label htmlFor={`${idPrefix}-${workspace.id}`}>
              {workspace.displayName}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
};
