import { useId } from 'react';

import { type McpObjectExposure } from '../../types/mcp-object-exposure.type';

// Checked: the field is visible to AI clients.
export const ExposureFields = ({
  object,
  hiddenFieldIds,
  onChange,
}: {
  object: McpObjectExposure;
  hiddenFieldIds: string[];
  onChange: (hiddenFieldIds: string[]) => void;
}) => {
  const idPrefix = useId();

  return (
    <fieldset className="fieldset">
      <legend className="field-label">
        Fields of {object.labelPlural} AI clients can see
      </legend>
      <div className="checkbox-grid">
        {object.fields.map((field) => {
          const inputId = `${idPrefix}-${field.fieldId}`;

          return (
            <div className="choice" key={field.fieldId}>
              <input
                id={inputId}
                type="checkbox"
                checked={!hiddenFieldIds.includes(field.fieldId)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? hiddenFieldIds.filter((id) => id !== field.fieldId)
                      : [...hiddenFieldIds, field.fieldId],
                  )
                }
              />
              <label htmlFor={inputId}>
                {field.label}
                <span className="choice-type"> {field.type.toLowerCase()}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
};
