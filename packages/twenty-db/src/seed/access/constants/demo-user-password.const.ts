// Every seeded user signs in with this password (demo and test databases
// only; the startup banner prints it next to the demo emails).
export const DEMO_USER_PASSWORD = 'twenty-mcp-demo';
