export const FORBIDDEN_MESSAGE =
  'Your role cannot manage API keys, so it cannot manage MCP either. Ask a workspace admin for a role with the “API keys and webhooks” permission, or sign in with another account.';
