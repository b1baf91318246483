// The outcomes an audit event can have, in chart order, with their labels.
export const AUDIT_OUTCOMES = [
  { value: 'ok', label: 'Succeeded' },
  { value: 'client_error', label: 'Refused (client error)' },
  { value: 'internal_error', label: 'Failed (server error)' },
] as const;
