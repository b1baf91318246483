import { type FormEvent, useId, useState } from 'react';

import { AUDIT_OUTCOMES } from '../../constants/audit-outcomes.const';
import { type AuditFilters } from '../../types/audit-filters.type';
import { ErrorMessage } from '../ui/error-message';

// The filters are applied together on submit, so a keyboard user moving
// through the fields does not start a query per field.
export const ActivityFiltersForm = ({
  value,
  actions,
  tokens,
  onApply,
}: {
  value: AuditFilters;
  actions: string[];
  tokens: { id: string; name: string }[];
  onApply: (filters: AuditFilters) => void;
}) => {
  const idPrefix = useId();
  const [draft, setDraft] = useState<AuditFilters>(value);
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<AuditFilters>) =>
    setDraft((current) => ({ ...current, ...change }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const problem =
      draft.since && draft.until && draft.since > draft.until
        ? 'The “From” date must not be after the “To” date.'
        : null;

    setError(problem);

    if (!problem) {
      onApply(draft);
    }
  };

  return (
    <form
      className="form activity-filters"
      noValidate
      aria-label="Activity filters"
      onSubmit={handleSubmit}
    >
      <div className="activity-filter-grid">
        <div className="field">
          <label htmlFor={`${idPrefix}-since`} className="field-label">
            From
          </label>
          <input
            id={`${idPrefix}-since`}
            type="date"
            className="input"
            value={draft.since}
            onChange={(event) => set({ since: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-until`} className="field-label">
            To
          </label>
          <input
            id={`${idPrefix}-until`}
            type="date"
            className="input"
            value={draft.until}
            onChange={(event) => set({ until: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-action`} className="field-label">
            Tool or action
          </label>
          <select
            id={`${idPrefix}-action`}
            className="input"
            value={draft.action}
            onChange={(event) => set({ action: event.target.value })}
          >
            <option value="">All</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-token`} className="field-label">
            Token
          </label>
          <select
            id={`${idPrefix}-token`}
            className="input"
            value={draft.principalId}
            onChange={(event) => set({ principalId: event.target.value })}
          >
            <option value="">All</option>
            {tokens.map((token) => (
              <option key={token.id} value={token.id}>
                {token.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-outcome`} className="field-label">
            Outcome
          </label>
          <select
            id={`${idPrefix}-outcome`}
            className="input"
            value={draft.outcome}
            onChange={(event) => set({ outcome: event.target.value })}
          >
            <option value="">All</option>
            {AUDIT_OUTCOMES.map(({ value: outcome, label }) => (
              <option key={outcome} value={outcome}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-bucket`} className="field-label">
            Chart by
          </label>
          <select
            id={`${idPrefix}-bucket`}
            className="input"
            value={draft.bucket}
            onChange={(event) =>
              set({ bucket: event.target.value === 'hour' ? 'hour' : 'day' })
            }
          >
            <option value="day">Day (UTC)</option>
            <option value="hour">Hour</option>
          </select>
        </div>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Apply filters
        </button>
      </div>
    </form>
  );
};
