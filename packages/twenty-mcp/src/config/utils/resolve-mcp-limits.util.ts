import { DEFAULT_MCP_LIMITS } from '../constants/default-mcp-limits.const';
import { type McpLimits } from '../types/mcp-limits.type';
import { invalidConfiguration } from './invalid-configuration.util';

// Each limit given, else its default; every one a positive integer, so a
// typo in an environment variable fails at start-up instead of turning a
// limit off.
export const resolveMcpLimits = (
  limits: Partial<McpLimits> = {},
): McpLimits => {
  const resolved = { ...DEFAULT_MCP_LIMITS };

  for (const name of Object.keys(DEFAULT_MCP_LIMITS) as (keyof McpLimits)[]) {
    const value = limits[name];

    if (value === undefined) {
      continue;
    }

    if (!Number.isSafeInteger(value) || value < 1) {
      throw invalidConfiguration(
        `limits.${name} must be a positive integer, got ${String(value)}.`,
      );
    }

    resolved[name] = value;
  }

  return resolved;
};
