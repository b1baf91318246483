import { useId } from 'react';

import { type McpObjectChoice } from '../../types/mcp-object-choice.type';

// All objects (null) or an allow-list of object ids.
export const ObjectPicker = ({
  objects,
  value,
  onChange,
}: {
  objects: McpObjectChoice[];
  value: string[] | null;
  onChange: (objectIds: string[] | null) => void;
}) => {
  const idPrefix = useId();
  const selected = value ?? [];

  return (
    <fieldset className="fieldset">
      <legend className="field-label">Objects</legend>
      <div className="choice-list choice-list-inline">
        <div className="choice">
          <input
            id={`${idPrefix}-all`}
            type="radio"
            name={`${idPrefix}-mode`}
            checked={value === null}
            onChange={() => onChange(null)}
          />
          <label htmlFor={`${idPrefix}-all`}>
            Every object the role can reach
          </label>
        </div>
        <div className="choice">
          <input
            id={`${idPrefix}-some`}
            type="radio"
            name={`${idPrefix}-mode`}
            checked={value !== null}
            onChange={() => onChange(selected)}
          />
          <label htmlFor={`${idPrefix}-some`}>Only the objects I pick</label>
        </div>
      </div>
      {value !== null && (
        <fieldset className="fieldset fieldset-nested">
          <legend className="visually-hidden">Objects to allow</legend>
          <div className="checkbox-grid">
            {objects.map((object) => {
              const inputId = `${idPrefix}-${object.objectId}`;

              return (
                <div className="choice" key={object.objectId}>
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={selected.includes(object.objectId)}
                    onChange={(event) =>
                      onChange(
                        event.target.checked
                          ? [...selected, object.objectId]
                          : selected.filter((id) => id !== object.objectId),
                      )
                    }
                  />
                  <label htmlFor={inputId}>{object.labelPlural}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
    </fieldset>
  );
};
