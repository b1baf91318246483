import { registerEnumType } from '@nestjs/graphql';

// The GraphQL face of McpScope: READ ⇄ 'read', …
export enum McpScopeEnum {
  READ = 'read',
  WRITE = 'write',
  DELETE = 'delete',
  DESTROY = 'destroy',
  ERASE = 'erase',
}

registerEnumType(McpScopeEnum, {
  name: 'McpScope',
  description:
    'What a token may do at most: read, write (create and update), delete (soft delete and restore), destroy (hard delete), erase (a person and their personal data, after a confirmation).',
});
