// Public API of @twenty-mcp/twenty-db: Twenty v2's database layout, as other
// packages (the MCP module's tests, benchmarks, the standalone host) use it.
// The layout rules themselves come from @twenty-mcp/twenty-layout.
export { applyCoreSchema } from './core/services/apply-core-schema';
export {
  createWorkspace,
  type CreateWorkspaceInput,
} from './workspace/services/create-workspace';
export { readWorkspaceMetadata } from './workspace/services/read-workspace-metadata';
export { type CreatedWorkspace } from './workspace/types/created-workspace.type';
export { checkWorkspaceLayout } from './consistency/services/check-workspace-layout';
export { formatLayoutIssues } from './consistency/utils/format-layout-issues.util';
export { type LayoutIssue } from './consistency/types/layout-issue.type';
export { type LayoutIssueKind } from './consistency/types/layout-issue-kind.type';
export { STANDARD_OBJECTS } from './metadata/standard-objects/standard-objects.const';
export { type ObjectDescription } from './metadata/types/object-description.type';
export { type FieldDescription } from './metadata/types/field-description.type';
export { type FieldMetadataRow } from './metadata/types/field-metadata-row.type';
export { type ObjectMetadataRow } from './metadata/types/object-metadata-row.type';
export {
  type WorkspaceMetadata,
  type WorkspaceObject,
} from './metadata/types/workspace-metadata.type';
export { mintApiKeyToken } from './auth/utils/mint-api-key-token.util';
export { mintAccessToken } from './auth/utils/mint-access-token.util';
export { mintApplicationToken } from './auth/utils/mint-application-token.util';
export { type TwentyJwtSigner } from './auth/types/twenty-jwt-signer.type';
export {
  DEMO_SIGNING_KEYS,
  type DemoSigningKeyName,
} from './signing-keys/constants/demo-signing-keys.const';
export {
  deriveDemoSigningKey,
  type DemoSigningKey,
} from './signing-keys/utils/derive-demo-signing-key.util';
export { detectTwentyVersion } from './consistency/services/detect-twenty-version';
export { listApiKeys, type ApiKeyListing } from './auth/services/list-api-keys';
export {
  mintListedTokens,
  type ListedToken,
} from './auth/utils/mint-listed-tokens.util';
export { findFreePort } from './embedded/utils/find-free-port.util';

export { seedDemoDatabase } from './seed/demo/services/seed-demo-database';
export { DEMO_USER_PASSWORD } from './seed/access/constants/demo-user-password.const';
export { buildWorkspaceMetadata } from './metadata/utils/build-workspace-metadata.util';
export { SUBSCRIPTION_OBJECT } from './seed/demo/objects/subscription.object';
export { SUPPORT_TICKET_OBJECT } from './seed/demo/objects/support-ticket.object';
export {
  DEMO_WORKSPACE,
  SECOND_WORKSPACE,
} from './seed/demo/constants/demo-workspaces.const';
export { type SeededWorkspace } from './seed/demo/types/demo-database.type';
export { generateLargeWorkspace } from './seed/large/services/generate-large-workspace';
export { LARGE_WORKSPACE } from './seed/large/constants/large-workspace.const';
export { buildFillerObjects } from './seed/large/utils/build-filler-objects.util';

export { EmbeddedPostgresRuntime } from './embedded/services/embedded-postgres.runtime';
export {
  type SeededPostgres,
  startSeededPostgres,
} from './embedded/utils/start-seeded-postgres.util';
export {
  ensureDemoDatabase,
  type DemoDatabase,
} from './fixture/services/ensure-demo-database';
export { readFixtureMarker } from './fixture/services/fixture-marker';
export { createFixtureDatabase } from './fixture/services/create-fixture-database';
