// prevHash of a workspace's first audit row.
export const AUDIT_GENESIS_HASH = '0'.repeat(64);
