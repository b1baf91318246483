import { type McpToolMode } from '../types/mcp-tool-mode.type';

export const TOOL_MODE_OPTIONS: {
  mode: McpToolMode;
  label: string;
  description: string;
}[] = [
  {
    mode: 'COMPACT',
    label: 'Compact',
    description: 'A fixed set of generic tools that take the object name.',
  },
  {
    mode: 'PER_OBJECT',
    label: 'Per object',
    description: 'Typed tools for each object and operation: larger, stricter.',
  },
];
