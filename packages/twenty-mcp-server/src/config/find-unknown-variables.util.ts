import { SERVER_ENV_VARIABLES } from './server-env-schema.const';
import { closestName } from './utils/closest-name.util';

// MCP_* variables the host does not read: most likely typos, which would
// otherwise silently leave a setting at its default. One warning each.
export const findUnknownVariables = (env: NodeJS.ProcessEnv): string[] =>
  Object.keys(env)
    .filter(
      (name) =>
        name.toUpperCase().startsWith('MCP_') &&
        !SERVER_ENV_VARIABLES.includes(name),
    )
    .sort()
    .map((name) => {
      const suggestion = closestName(name, SERVER_ENV_VARIABLES);

      return `${name} is not a twenty-mcp-server variable and is ignored${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;
    });
