import { dirname, join } from 'node:path';

// The built page ships in its own package; null when it is not installed.
export const resolveSettingsPageDistDir = (): string | null => {
  try {
    return join(
      dirname(require.resolve('@twenty-mcp/twenty-mcp-settings/package.json')),
      'dist',
    );
  } catch {
    return null;
  }
};
