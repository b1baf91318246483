import { useId } from 'react';

import { MCP_SCOPE_OPTIONS } from '../../constants/mcp-scope-options.const';
import { type McpScope } from '../../types/mcp-scope.type';

export const ScopeCheckboxes = ({
  value,
  onChange,
}: {
  value: McpScope[];
  onChange: (scopes: McpScope[]) => void;
}) => {
  const idPrefix = useId();

  return (
    <fieldset className="fieldset">
      <legend className="field-label">Scopes</legend>
      <p className="field-hint">
        What the token may do, within what its role allows.
      </p>
      <div className="choice-list">
        {MCP_SCOPE_OPTIONS.map(({ scope, label, description }) => {
          const inputId = `${idPrefix}-${scope}`;

          return (
            <div className="choice" key={scope}>
              <input
                id={inputId}
                type="checkbox"
                checked={value.includes(scope)}
                aria-describedby={`${inputId}-hint`}
                onChange={(event) =>
                  onChange(
                    MCP_SCOPE_OPTIONS.map((option) => option.scope).filter(
                      (candidate) =>
                        candidate === scope
                          ? event.target.checked
                          : value.includes(candidate),
                    ),
                  )
                }
              />
              <label htmlFor={inputId}>{label}</label>
              <p id={`${inputId}-hint`} className="choice-hint">
                {description}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
};
