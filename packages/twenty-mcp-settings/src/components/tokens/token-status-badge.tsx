import { type McpTokenStatus } from '../../types/mcp-token-status.type';
import { Badge } from '../ui/badge';

const BADGES = {
  ACTIVE: { label: 'Active', tone: 'success' },
  EXPIRED: { label: 'Expired', tone: 'warning' },
  REVOKED: { label: 'Revoked', tone: 'danger' },
} as const;

export const TokenStatusBadge = ({ status }: { status: McpTokenStatus }) => (
  <Badge tone={BADGES[status].tone}>{BADGES[status].label}</Badge>
);
