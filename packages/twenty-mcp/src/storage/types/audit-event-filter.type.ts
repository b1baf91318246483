// Which of a workspace's audit events to read: all by default.
export type AuditEventFilter = {
  since?: Date;
  until?: Date;
  action?: string;
  principalId?: string;
  outcome?: string;
};
