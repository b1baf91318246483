import { type FormEvent, useId, useState } from 'react';

import { useSettingsUpdate } from '../../hooks/use-settings-update';
import { type McpSettings } from '../../types/mcp-settings.type';
import { isWholeNumberInRange } from '../../utils/is-whole-number-in-range.util';
import { SettingsFormFooter } from '../ui/settings-form-footer';

// The API's bounds for auditRetentionDays (docs/settings-api.md).
const MAX_RETENTION_DAYS = 36_500;

export const AuditSettingsForm = ({
  settings,
  onSaved,
}: {
  settings: McpSettings;
  onSaved: (settings: McpSettings) => void;
}) => {
  const idPrefix = useId();
  const [recordArguments, setRecordArguments] = useState(
    settings.auditRecordArguments,
  );
  const [retentionDays, setRetentionDays] = useState(
    String(settings.auditRetentionDays),
  );
  const { isSaving, status, error, update, refuse } =
    useSettingsUpdate(onSaved);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    if (isSaving) {
      return;
    }

    const days = retentionDays.trim();

    if (!isWholeNumberInRange(days, { min: 0, max: MAX_RETENTION_DAYS })) {
      refuse(
        `Keep events for must be a whole number of days from 0 to ${MAX_RETENTION_DAYS.toLocaleString('en-US')}.`,
      );

      return;
    }

    await update(
      {
        auditRecordArguments: recordArguments,
        auditRetentionDays: Number(days),
      },
      (saved) => {
        setRecordArguments(saved.auditRecordArguments);
        setRetentionDays(String(saved.auditRetentionDays));

        return 'Saved: the audit settings apply from the next tool call.';
      },
    );
  };

  return (
    <form
      className="form"
      noValidate
      aria-label="Audit settings"
      onSubmit={(event) => void handleSubmit(event)}
    >
      <div className="field">
        <div className="choice">
          <input
            id={`${idPrefix}-arguments`}
            type="checkbox"
            checked={recordArguments}
            aria-describedby={`${idPrefix}-arguments-warning`}
            onChange={(event) => setRecordArguments(event.target.checked)}
          />
          <label htmlFor={`${idPrefix}-arguments`} className="field-label">
            Record tool-call arguments
          </label>
        </div>
        <div
          id={`${idPrefix}-arguments-warning`}
          className="notice notice-warning"
          role="note"
        >
          <p>
            Privacy: arguments carry record data — names, email addresses, notes
            and searches an AI client sent. With this on they are stored in the
            audit trail, shown in exports and kept as long as the events. Off
            (the default), only a hash of the arguments is kept.
          </p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-retention`} className="field-label">
          Keep events for (days)
        </label>
        <input
          id={`${idPrefix}-retention`}
          className="input input-narrow"
          inputMode="numeric"
          autoComplete="off"
          aria-describedby={`${idPrefix}-retention-hint`}
          value={retentionDays}
          onChange={(event) => setRetentionDays(event.target.value)}
        />
        <p id={`${idPrefix}-retention-hint`} className="field-hint">
          Older events are pruned every hour, leaving a checkpoint the chain
          still verifies from. 0 keeps every event.
        </p>
      </div>
      <SettingsFormFooter
        status={status}
        error={error}
        isSaving={isSaving}
        submitLabel="Save audit settings"
      />
    </form>
  );
};
