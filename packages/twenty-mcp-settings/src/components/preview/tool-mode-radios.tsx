import { useId } from 'react';

import { TOOL_MODE_OPTIONS } from '../../constants/tool-mode-options.const';
import { type McpToolMode } from '../../types/mcp-tool-mode.type';

export const ToolModeRadios = ({
  value,
  onChange,
}: {
  value: McpToolMode;
  onChange: (mode: McpToolMode) => void;
}) => {
  const idPrefix = useId();

  return (
    <fieldset className="fieldset">
      <legend className="field-label">Tool mode</legend>
      <div className="choice-list">
        {TOOL_MODE_OPTIONS.map(({ mode, label, description }) => {
          const inputId = `${idPrefix}-${mode}`;

          return (
            <div className="choice" key={mode}>
              <input
                id={inputId}
                type="radio"
                name={`${idPrefix}-mode`}
                checked={value === mode}
                aria-describedby={`${inputId}-hint`}
                onChange={() => onChange(mode)}
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
