import { ErrorMessage } from './error-message';
import { StatusMessage } from './status-message';

// The end of a settings form saved with useSettingsUpdate: what the save
// said, the API's error, and the buttons, inert while saving.
export const SettingsFormFooter = ({
  status,
  error,
  isSaving,
  submitLabel,
  secondary,
}: {
  status: string;
  error: string | null;
  isSaving: boolean;
  submitLabel: string;
  // e.g. "Reset to defaults": a second action saving something else.
  secondary?: { label: string; onClick: () => void };
}) => (
  <>
    <StatusMessage tone="success">{status}</StatusMessage>
    {error && <ErrorMessage>{error}</ErrorMessage>}
    <div className="form-actions">
      <button
        type="submit"
        className="button button-primary"
        aria-disabled={isSaving}
      >
        {submitLabel}
      </button>
      {secondary && (
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={isSaving}
          onClick={() => {
            if (!isSaving) {
              secondary.onClick();
            }
          }}
        >
          {secondary.label}
        </button>
      )}
    </div>
  </>
);
