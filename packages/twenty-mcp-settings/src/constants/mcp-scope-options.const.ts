import { type McpScope } from '../types/mcp-scope.type';

export const MCP_SCOPE_OPTIONS: {
  scope: McpScope;
  label: string;
  description: string;
}[] = [
  {
    scope: 'READ',
    label: 'Read',
    description: 'Find, search, get and aggregate records.',
  },
  {
    scope: 'WRITE',
    label: 'Write',
    description: 'Create and update records.',
  },
  {
    scope: 'DELETE',
    label: 'Delete',
    description: 'Soft-delete records (they can be restored) and restore them.',
  },
  {
    scope: 'DESTROY',
    label: 'Destroy',
    description:
      'Hard delete: permanently remove records. They cannot be restored.',
  },
  {
    scope: 'ERASE',
    label: 'Erase people (GDPR)',
    description:
      'erase_person: a person and their personal data, after a confirmation. Needs Destroy too.',
  },
];
