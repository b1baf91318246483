// How the Jest global setup hands the test PostgreSQL to test workers.
export const TEST_DATABASE_ENV = {
  adminUrl: 'TWENTY_TEST_ADMIN_URL',
  templateDatabase: 'TWENTY_TEST_TEMPLATE_DATABASE',
  appSecret: 'TWENTY_TEST_APP_SECRET',
} as const;

export const TEST_APP_SECRET = 'twenty-mcp-test-app-secret';
