import { type FormEvent, useId, useState } from 'react';

import { CALL_LIMIT_FIELDS } from '../../constants/call-limit-fields.const';
import { MAX_CALLS_PER_HOUR } from '../../constants/max-calls-per-hour.const';
import { useSettingsUpdate } from '../../hooks/use-settings-update';
import { type McpCallLimits } from '../../types/mcp-call-limits.type';
import { type McpSettings } from '../../types/mcp-settings.type';
import { isWholeNumberInRange } from '../../utils/is-whole-number-in-range.util';
import { SettingsFormFooter } from '../ui/settings-form-footer';

type Draft = Record<keyof McpCallLimits, string>;

const toDraft = (limits: McpCallLimits): Draft => ({
  readCallsPerTokenPerHour: String(limits.readCallsPerTokenPerHour),
  writeCallsPerTokenPerHour: String(limits.writeCallsPerTokenPerHour),
  callsPerWorkspacePerHour: String(limits.callsPerWorkspacePerHour),
});

// The first field that is not a whole number within the API's bounds,
// worded like the API's own refusal.
const findProblem = (draft: Draft): string | null => {
  for (const { name, label } of CALL_LIMIT_FIELDS) {
    const value = draft[name].trim();

    if (!isWholeNumberInRange(value, { min: 1, max: MAX_CALLS_PER_HOUR })) {
      return `${label} must be a whole number from 1 to ${MAX_CALLS_PER_HOUR.toLocaleString('en-US')}.`;
    }
  }

  return null;
};

// The workspace's hourly tool-call limits: saved together, or all three
// back to the instance's defaults.
export const CallLimitsForm = ({
  settings,
  onSaved,
}: {
  settings: McpSettings;
  onSaved: (settings: McpSettings) => void;
}) => {
  const idPrefix = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings.callLimits));
  const { isSaving, status, error, update, refuse } =
    useSettingsUpdate(onSaved);

  const save = (input: Record<keyof McpCallLimits, number | null>) =>
    update(input, (saved) => {
      setDraft(toDraft(saved.callLimits));

      return 'Saved: the call limits apply from the next tool call.';
    });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    if (isSaving) {
      return;
    }

    const problem = findProblem(draft);

    refuse(problem);

    if (problem) {
      return;
    }

    void save({
      readCallsPerTokenPerHour: Number(draft.readCallsPerTokenPerHour),
      writeCallsPerTokenPerHour: Number(draft.writeCallsPerTokenPerHour),
      callsPerWorkspacePerHour: Number(draft.callsPerWorkspacePerHour),
    });
  };

  const reset = () =>
    void save({
      readCallsPerTokenPerHour: null,
      writeCallsPerTokenPerHour: null,
      callsPerWorkspacePerHour: null,
    });

  return (
    <form
      className="form"
      noValidate
      aria-label="Call limits"
      onSubmit={handleSubmit}
    >
      {CALL_LIMIT_FIELDS.map(({ name, label, hint }) => (
        <div className="field" key={name}>
          <label htmlFor={`${idPrefix}-${name}`} className="field-label">
            {label}
          </label>
          <input
            id={`${idPrefix}-${name}`}
            className="input input-narrow"
            inputMode="numeric"
            autoComplete="off"
            aria-describedby={`${idPrefix}-${name}-hint`}
            value={draft[name]}
            onChange={(event) =>
              setDraft((current) => ({
                ...current,
                [name]: event.target.value,
              }))
            }
          />
          <p id={`${idPrefix}-${name}-hint`} className="field-hint">
            {hint} Default:{' '}
            {settings.defaultCallLimits[name].toLocaleString('en-US')}.
          </p>
        </div>
      ))}
      <SettingsFormFooter
        status={status}
        error={error}
        isSaving={isSaving}
        submitLabel="Save limits"
        secondary={{ label: 'Reset to defaults', onClick: reset }}
      />
    </form>
  );
};
