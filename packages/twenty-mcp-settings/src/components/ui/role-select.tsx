import { useId } from 'react';

import { type McpRole } from '../../types/mcp-role.type';

export const RoleSelect = ({
  roles,
  value,
  onChange,
  hint,
}: {
  roles: McpRole[];
  value: string;
  onChange: (roleId: string) => void;
  hint: string;
}) => {
  const selectId = useId();
  const hintId = useId();
  const selected = roles.find((role) => role.id === value);

  return (
    <div className="field">
      <label htmlFor={selectId} className="field-label">
        Role
      </label>
      <select
        id={selectId}
        className="input"
        value={value}
        required
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      >
        {roles.map((role) => (
          <option key={role.id} value={role.id}>
            {role.label}
          </option>
        ))}
      </select>
      <p id={hintId} className="field-hint">
        {selected?.description ? `${selected.description}. ` : ''}
        {hint}
      </p>
    </div>
  );
};
