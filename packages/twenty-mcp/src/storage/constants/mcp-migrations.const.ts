import { CreateMcpSchema1764000000000 } from '../migrations/1764000000000-create-mcp-schema';
import { CreateMcpConfirmation1765000000000 } from '../migrations/1765000000000-create-mcp-confirmation';
import { CreateAuditLog1765100000000 } from '../migrations/1765100000000-create-audit-log';
import { AddCallLimits1765200000000 } from '../migrations/1765200000000-add-call-limits';
import { CreateMcpIdempotencyKey1765300000000 } from '../migrations/1765300000000-create-mcp-idempotency-key';
import { AddErasure1765400000000 } from '../migrations/1765400000000-add-erasure';
import { CreateQueryUsage1765500000000 } from '../migrations/1765500000000-create-query-usage';

// In order; TypeORM records each one in mcp."_migrations".
export const MCP_MIGRATIONS = [
  CreateMcpSchema1764000000000,
  CreateMcpConfirmation1765000000000,
  CreateAuditLog1765100000000,
  AddCallLimits1765200000000,
  CreateMcpIdempotencyKey1765300000000,
  AddErasure1765400000000,
  CreateQueryUsage1765500000000,
];
