import { type ReactNode, useId } from 'react';

// An on/off setting: a button with role="switch", named by its label.
export const SwitchField = ({
  label,
  description,
  checked,
  isBusy = false,
  onChange,
}: {
  label: string;
  description?: ReactNode;
  checked: boolean;
  isBusy?: boolean;
  onChange: (checked: boolean) => void;
}) => {
  const labelId = useId();
  const descriptionId = useId();

  return (
    <div className="switch-field">
      <div className="switch-text">
        <span id={labelId} className="field-label">
          {label}
        </span>
        {description && (
          <p id={descriptionId} className="field-hint">
            {description}
          </p>
        )}
      </div>
      <button
        type="button"
        role="switch"
        className="switch"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={description ? descriptionId : undefined}
        aria-busy={isBusy}
        onClick={() => {
          if (!isBusy) {
            onChange(!checked);
          }
        }}
      >
        <span className="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
};
