// Every stored column of an audit event, in export order: what an append
// writes and an export prints, hashes included, so an exported chain can be
// verified away from the database.
export const AUDIT_EXPORT_COLUMNS = [
  'sequence',
  'occurredAt',
  'workspaceId',
  'eventId',
  'kind',
  'principalKind',
  'principalId',
  'clientName',
  'clientVersion',
  'action',
  'object',
  'recordIds',
  'argumentsHash',
  'arguments',
  'outcome',
  'errorClass',
  'durationMs',
  'requestId',
  'prevHash',
  'hash',
] as const;
