import { registerEnumType } from '@nestjs/graphql';

export enum McpTokenStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(McpTokenStatus, { name: 'McpTokenStatus' });
