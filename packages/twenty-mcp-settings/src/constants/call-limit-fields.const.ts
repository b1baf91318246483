import { type McpCallLimits } from '../types/mcp-call-limits.type';

// The call-limit inputs of the overview page, in order.
export const CALL_LIMIT_FIELDS: {
  name: keyof McpCallLimits;
  label: string;
  hint: string;
}[] = [
  {
    name: 'readCallsPerTokenPerHour',
    label: 'Read calls per token per hour',
    hint: 'Finding, searching and counting records.',
  },
  {
    name: 'writeCallsPerTokenPerHour',
    label: 'Write calls per token per hour',
    hint: 'Creating, updating, deleting, restoring and destroying records.',
  },
  {
    name: 'callsPerWorkspacePerHour',
    label: 'Calls per workspace per hour',
    hint: 'Every tool call of every token of this workspace together.',
  },
];
