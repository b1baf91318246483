import { type AuditEvent } from './audit-event.type';

// An event as stored: its place in the workspace's chain and the hashes
// that link it to the previous row.
export type AuditRow = AuditEvent & {
  sequence: number;
  prevHash: string;
  hash: string;
};
