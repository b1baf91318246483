import { useId } from 'react';

import { MCP_SCOPE_OPTIONS } from '../../constants/mcp-scope-options.const';
import { type McpScope } from '../../types/mcp-scope.type';

export const ScopeCheckboxes = ({
  value,
  onChange,
  available,
  hint = 'What the token may do, within what its role allows.',
}: {
  value: McpScope[];
  onChange: (scopes: McpScope[]) => void;
  // Only these are offered; default: every scope.
  available?: McpScope[];
  hint?: string;
}) => {
  const idPrefix = useId();
  const options = MCP_SCOPE_OPTIONS.filter(
    ({ scope }) => !available || available.includes(scope),
  );

  return (
    <fieldset className="fieldset">
      <legend className="field-label">Scopes</legend>
      <p className="field-hint">{hint}</p>
      <div className="choice-list">
        {options.map(({ scope, label, description }) => {
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
