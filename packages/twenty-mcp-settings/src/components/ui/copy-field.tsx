import { type ReactNode, useId } from 'react';

import { CopyButton } from './copy-button';

// A read-only value to copy: selectable text field plus a copy button.
export const CopyField = ({
  label,
  value,
  hint,
  isSecret = false,
}: {
  label: string;
  value: string;
  hint?: ReactNode;
  isSecret?: boolean;
}) => {
  const inputId = useId();
  const hintId = useId();

  return (
    <div className="field">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <div className="copy-field-row">
        <input
          id={inputId}
          className="input input-mono"
          value={value}
          readOnly
          spellCheck={false}
          autoComplete="off"
          aria-describedby={hint ? hintId : undefined}
          data-secret={isSecret || undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={value} what={label.toLowerCase()} />
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
};
