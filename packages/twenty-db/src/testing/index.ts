export { createTestDatabase, type TestDatabase } from './create-test-database';
export { TEST_APP_SECRET, TEST_DATABASE_ENV } from './test-database-env.const';
export { useTestDatabase, type TestDatabaseHandle } from './use-test-database';
export { startRedisServer, type TestRedisServer } from './start-redis-server';
export { demoEs256Tokens, demoTokens } from './demo-tokens';
export {
  startTwentyOAuthServer,
  type TwentyOAuthServer,
} from './start-twenty-oauth-server';
