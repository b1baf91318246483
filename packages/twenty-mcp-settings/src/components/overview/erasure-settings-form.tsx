import { type FormEvent, useId, useState } from 'react';

import { useSettingsUpdate } from '../../hooks/use-settings-update';
import { type McpErasureFieldChoice } from '../../types/mcp-erasure-field-choice.type';
import { type McpSettings } from '../../types/mcp-settings.type';
import { getErasureFieldSelection } from '../../utils/get-erasure-field-selection.util';
import { SettingsFormFooter } from '../ui/settings-form-footer';

const ErasureFieldCheckbox = ({
  choice,
  checked,
  onChange,
}: {
  choice: McpErasureFieldChoice;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => {
  const inputId = useId();

  return (
    <div className="choice">
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={inputId}>
        {choice.objectLabel}: {choice.fieldLabel}
        <span className="choice-type"> {choice.fieldType.toLowerCase()}</span>
      </label>
    </div>
  );
};

const describeSaved = (settings: McpSettings): string => {
  if (settings.erasureContactFields === null) {
    return 'Saved: erasing a person clears their contact details in every Emails and Phones field (the default).';
  }

  const count = settings.erasureContactFields.length;

  return count === 0
    ? 'Saved: erasing a person clears no field of other records.'
    : `Saved: erasing a person clears their contact details in ${count} ${count === 1 ? 'field' : 'fields'} of other records.`;
};

// Which fields of other records erasing a person clears their email
// addresses and phone numbers in: the default (every Emails and Phones
// field, following fields added later) or a list the admin picked.
export const ErasureSettingsForm = ({
  settings,
  onSaved,
}: {
  settings: McpSettings;
  onSaved: (settings: McpSettings) => void;
}) => {
  const hintId = useId();
  const choices = settings.erasureContactFieldChoices;
  const [selected, setSelected] = useState<string[]>(() =>
    getErasureFieldSelection(settings),
  );
  const { isSaving, status, error, update } = useSettingsUpdate(onSaved);
  const contactChoices = choices.filter(({ isDefault }) => isDefault);
  const textChoices = choices.filter(({ isDefault }) => !isDefault);
  const known = new Set(choices.map(({ key }) => key));
  const gone = (settings.erasureContactFields ?? []).filter(
    (key) => !known.has(key),
  );
  // Open from the start when a Text field is chosen; then the user's.
  const [isTextOpen] = useState(() =>
    textChoices.some(({ key }) => selected.includes(key)),
  );

  const save = (erasureContactFields: string[] | null) =>
    update({ erasureContactFields }, (saved) => {
      setSelected(getErasureFieldSelection(saved));

      return describeSaved(saved);
    });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    if (!isSaving) {
      // In the order the API lists the choices.
      void save(
        choices.map(({ key }) => key).filter((key) => selected.includes(key)),
      );
    }
  };

  const toggle = (key: string, checked: boolean) =>
    setSelected((current) =>
      checked
        ? [...current, key]
        : current.filter((candidate) => candidate !== key),
    );

  const renderChoices = (list: McpErasureFieldChoice[]) => (
    <div className="checkbox-grid">
      {list.map((choice) => (
        <ErasureFieldCheckbox
          key={choice.key}
          choice={choice}
          checked={selected.includes(choice.key)}
          onChange={(checked) => toggle(choice.key, checked)}
        />
      ))}
    </div>
  );

  return (
    <form
      className="form"
      noValidate
      aria-label="Erasure settings"
      onSubmit={handleSubmit}
    >
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="field-label">
          Clear the person’s email addresses and phone numbers in
        </legend>
        <p id={hintId} className="field-hint">
          {settings.erasureContactFields === null
            ? 'Now: the default, every Emails and Phones field of other objects, including fields added later.'
            : 'Now: the fields checked below only. Use the default to follow every Emails and Phones field, including fields added later.'}
        </p>
        {choices.length === 0 && (
          <p className="field-hint">
            No object other than People has an Emails, Phones or Text field.
          </p>
        )}
        {contactChoices.length > 0 && renderChoices(contactChoices)}
        {textChoices.length > 0 && (
          <details className="erasure-text-fields" open={isTextOpen}>
            <summary>Text fields ({textChoices.length})</summary>
            <p className="field-hint">
              For Text fields that hold email addresses or phone numbers, e.g. a
              message participant’s handle.
            </p>
            {renderChoices(textChoices)}
          </details>
        )}
      </fieldset>
      {gone.length > 0 && (
        <div className="notice notice-warning" role="note">
          <p>
            No longer in the workspace, dropped when you save: {gone.join(', ')}
            .
          </p>
        </div>
      )}
      <SettingsFormFooter
        status={status}
        error={error}
        isSaving={isSaving}
        submitLabel="Save erasure fields"
        secondary={{ label: 'Use the default', onClick: () => void save(null) }}
      />
    </form>
  );
};
