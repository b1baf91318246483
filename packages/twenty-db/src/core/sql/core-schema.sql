-- Twenty's `core` schema as of Twenty v2.38: the tables twenty-mcp reads.
-- Written from facts about Twenty's entities and upgrade commands (see
-- docs/twenty-layout.md); constraint names are the ones Twenty's databases
-- carry. Columns that only point at tables outside this subset (core.file,
-- publicDomain, applicationRegistration, agent) exist without their FKs.

CREATE SCHEMA IF NOT EXISTS core;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

-- unaccent() is only STABLE; generated searchVector columns need IMMUTABLE.
CREATE OR REPLACE FUNCTION public.unaccent_immutable(input text)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
AS $fn$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $fn$;

CREATE TYPE core."workspace_activationStatus_enum" AS ENUM
  ('ONGOING_CREATION', 'PENDING_CREATION', 'CREATED', 'ACTIVE', 'INACTIVE', 'SUSPENDED');
CREATE TYPE core."workspace_discoverability_enum" AS ENUM
  ('PUBLIC', 'MEMBERS_AND_INVITEES', 'HIDDEN');
CREATE TYPE core."keyValuePair_type_enum" AS ENUM
  ('USER_VARIABLE', 'FEATURE_FLAG', 'CONFIG_VARIABLE', 'APPLICATION_VARIABLE');
CREATE TYPE core."dataSource_type_enum" AS ENUM ('postgres');
CREATE TYPE core."indexMetadata_indextype_enum" AS ENUM ('BTREE', 'GIN');
CREATE TYPE core."objectMetadata_openrecordin_enum" AS ENUM
  ('SIDE_PANEL', 'RECORD_PAGE', 'USER_CHOICE');
CREATE TYPE core."objectMetadata_writability_enum" AS ENUM
  ('OPEN', 'APPLICATION', 'SYSTEM');
CREATE TYPE core."fieldMetadata_writability_enum" AS ENUM
  ('OPEN', 'APPLICATION', 'SYSTEM');

CREATE TABLE core.workspace (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "displayName" varchar,
  logo varchar,
  "logoFileId" uuid,
  "inviteHash" varchar,
  "deletedAt" timestamptz,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "allowImpersonation" boolean NOT NULL DEFAULT true,
  "isPublicInviteLinkEnabled" boolean NOT NULL DEFAULT true,
  "workspaceDiscoverability" core."workspace_discoverability_enum" NOT NULL DEFAULT 'PUBLIC',
  "trashRetentionDays" integer NOT NULL DEFAULT 14,
  "eventLogRetentionDays" integer NOT NULL DEFAULT 90,
  "activationStatus" core."workspace_activationStatus_enum" NOT NULL DEFAULT 'INACTIVE',
  "suspendedAt" timestamptz,
  "metadataVersion" integer NOT NULL DEFAULT 1,
  "databaseSchema" varchar DEFAULT NULL,
  subdomain varchar NOT NULL,
  "customDomain" varchar,
  "isGoogleAuthEnabled" boolean NOT NULL DEFAULT true,
  "isGoogleAuthBypassEnabled" boolean NOT NULL DEFAULT false,
  "isTwoFactorAuthenticationEnforced" boolean NOT NULL DEFAULT false,
  "isPasswordAuthEnabled" boolean NOT NULL DEFAULT true,
  "isPasswordAuthBypassEnabled" boolean NOT NULL DEFAULT false,
  "isMicrosoftAuthEnabled" boolean NOT NULL DEFAULT true,
  "isMicrosoftAuthBypassEnabled" boolean NOT NULL DEFAULT false,
  "isCustomDomainEnabled" boolean NOT NULL DEFAULT false,
  "isInternalMessagesImportEnabled" boolean NOT NULL DEFAULT false,
  "editableProfileFields" varchar[] DEFAULT '{email,profilePicture,firstName,lastName}',
  "defaultRoleId" uuid,
  "workspaceCustomApplicationId" uuid NOT NULL,
  "aiAdditionalInstructions" text,
  "fastModel" varchar NOT NULL DEFAULT 'default-fast-model',
  "smartModel" varchar NOT NULL DEFAULT 'default-smart-model',
  "routerModel" varchar NOT NULL DEFAULT 'auto',
  "enabledAiModelIds" varchar[] NOT NULL DEFAULT '{}',
  "useRecommendedModels" boolean NOT NULL DEFAULT true,
  CONSTRAINT "PK_ca86b6f9b3be5fe26d307d09b49" PRIMARY KEY (id),
  CONSTRAINT "UQ_cba6255a24deb1fff07dd7351b8" UNIQUE (subdomain),
  CONSTRAINT "UQ_900f0a3eb789159c26c8bcb39cd" UNIQUE ("customDomain"),
  CONSTRAINT "UQ_282123b2f32e927b6003311e33a" UNIQUE ("logoFileId"),
  CONSTRAINT onboarded_workspace_requires_default_role CHECK (
    "activationStatus" IN ('PENDING_CREATION', 'ONGOING_CREATION')
    OR "defaultRoleId" IS NOT NULL
  ),
  CONSTRAINT workspace_requires_database_schema CHECK (
    "activationStatus" IN ('PENDING_CREATION', 'ONGOING_CREATION')
    OR "databaseSchema" IS NOT NULL
  )
);
CREATE INDEX "IDX_WORKSPACE_ACTIVATION_STATUS" ON core.workspace ("activationStatus");

CREATE TABLE core.application (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  name text NOT NULL,
  description text,
  logo text,
  "logoFileId" uuid,
  version text,
  "sourceType" text NOT NULL DEFAULT 'local',
  "sourcePath" text NOT NULL,
  "packageJsonChecksum" text,
  "packageJsonFileId" uuid,
  "yarnLockChecksum" text,
  "yarnLockFileId" uuid,
  "availablePackages" jsonb NOT NULL DEFAULT '{}',
  "logicFunctionLayerId" uuid,
  "defaultRoleId" uuid,
  "settingsCustomTabFrontComponentId" uuid,
  "uninstallLogicFunctionId" uuid,
  "uninstallHookCompletedForRequestedAt" timestamptz,
  "canBeUninstalled" boolean NOT NULL DEFAULT true,
  "autoUpgrade" boolean NOT NULL DEFAULT false,
  "isSdkLayerStale" boolean NOT NULL DEFAULT false,
  "sdkClientCoreChecksum" text,
  "frontComponentSharedDependenciesChecksum" text,
  "frontComponentSharedDependenciesBuiltPath" text,
  "applicationRegistrationId" uuid,
  "primaryPublicDomainId" uuid,
  state text NOT NULL DEFAULT 'INSTALLED',
  billing jsonb NOT NULL DEFAULT '{}',
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz,
  CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY (id),
  CONSTRAINT "UQ_3d6ee2b75b81933c1708918f647" UNIQUE ("logoFileId"),
  CONSTRAINT "UQ_3818380258798f9ffa9963b6dc4" UNIQUE ("packageJsonFileId"),
  CONSTRAINT "UQ_28f20711184b3c3318a8e44d117" UNIQUE ("yarnLockFileId")
);
CREATE INDEX "IDX_APPLICATION_WORKSPACE_ID" ON core.application ("workspaceId");
CREATE UNIQUE INDEX "IDX_APPLICATION_UNIVERSAL_IDENTIFIER_WORKSPACE_ID_UNIQUE"
  ON core.application ("universalIdentifier", "workspaceId")
  WHERE "deletedAt" IS NULL AND "universalIdentifier" IS NOT NULL;

-- A workspace and its custom application reference each other; both FKs are
-- deferred so the pair can be inserted in one transaction.
ALTER TABLE core.application ADD CONSTRAINT "FK_08d1d5e33c2a3ce7c140e9b335b"
  FOREIGN KEY ("workspaceId") REFERENCES core.workspace (id)
  ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE core.workspace ADD CONSTRAINT "FK_3b1acb13a5dac9956d1a4b32755"
  FOREIGN KEY ("workspaceCustomApplicationId") REFERENCES core.application (id)
  ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE core."user" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "firstName" varchar NOT NULL DEFAULT '',
  "lastName" varchar NOT NULL DEFAULT '',
  email public.citext NOT NULL,
  "isEmailVerified" boolean NOT NULL DEFAULT false,
  disabled boolean NOT NULL DEFAULT false,
  "passwordHash" varchar,
  "canImpersonate" boolean NOT NULL DEFAULT false,
  "canAccessFullAdminPanel" boolean NOT NULL DEFAULT false,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz,
  locale varchar NOT NULL DEFAULT 'en',
  CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY (id)
);
CREATE UNIQUE INDEX "UQ_USER_EMAIL" ON core."user" (email) WHERE "deletedAt" IS NULL;

CREATE TABLE core."userWorkspace" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "userId" uuid NOT NULL,
  "workspaceId" uuid NOT NULL,
  "defaultAvatarUrl" varchar,
  locale varchar NOT NULL DEFAULT 'en',
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz,
  CONSTRAINT "PK_222871f3641385e36e0b9f82aeb" PRIMARY KEY (id),
  CONSTRAINT "FK_a2da2ea7d6cd1e5a4c5cb1791f8" FOREIGN KEY ("userId")
    REFERENCES core."user" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_22f5e76f493c3fb20237cfc48b0" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE
);
CREATE INDEX "IDX_USER_WORKSPACE_WORKSPACE_ID" ON core."userWorkspace" ("workspaceId");
CREATE INDEX "IDX_USER_WORKSPACE_USER_ID" ON core."userWorkspace" ("userId");
CREATE UNIQUE INDEX "IDX_USER_WORKSPACE_USER_ID_WORKSPACE_ID_UNIQUE"
  ON core."userWorkspace" ("userId", "workspaceId") WHERE "deletedAt" IS NULL;

-- Twenty stores no token: an API key's token is a JWT whose jti is this id.
CREATE TABLE core."apiKey" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  name varchar NOT NULL,
  "expiresAt" timestamptz NOT NULL,
  "revokedAt" timestamptz,
  "workspaceId" uuid NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_2ae3a5e8e04fb402b2dc8d6ce4b" PRIMARY KEY (id),
  CONSTRAINT "FK_c8b3efa54a29aa873043e72fb1d" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE
);
CREATE INDEX "IDX_API_KEY_WORKSPACE_ID" ON core."apiKey" ("workspaceId");

-- The instance's ES256 JWT signing keys (Twenty >= 2.5): the row id is the
-- token's `kid`; at most one current key; a revoked key verifies nothing.
-- Twenty keeps the current key's private key encrypted ('enc:v2:' envelope).
CREATE TABLE core."signingKey" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "publicKey" varchar NOT NULL,
  "privateKey" varchar,
  "isCurrent" boolean NOT NULL DEFAULT false,
  "revokedAt" timestamptz,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_signingKey_id" PRIMARY KEY (id),
  CONSTRAINT "CHK_signingKey_privateKey_encrypted"
    CHECK ("privateKey" IS NULL OR "privateKey" LIKE 'enc:v2:%')
);
CREATE UNIQUE INDEX "IDX_SIGNING_KEY_IS_CURRENT_UNIQUE"
  ON core."signingKey" ("isCurrent") WHERE "isCurrent" = true;

CREATE TABLE core."featureFlag" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  key text NOT NULL,
  "workspaceId" uuid NOT NULL,
  value boolean NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_894efa1b1822de801f3b9e04069" PRIMARY KEY (id),
  CONSTRAINT "IDX_FEATURE_FLAG_KEY_WORKSPACE_ID_UNIQUE" UNIQUE (key, "workspaceId"),
  CONSTRAINT "FK_6be7761fa8453f3a498aab6e72b" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE
);

CREATE TABLE core."keyValuePair" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "userId" uuid,
  "workspaceId" uuid,
  "applicationId" uuid,
  key text NOT NULL,
  value jsonb,
  "textValueDeprecated" text,
  type core."keyValuePair_type_enum" NOT NULL DEFAULT 'USER_VARIABLE',
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz,
  CONSTRAINT "PK_c5a1ca828435d3eaf8f9361ed4b" PRIMARY KEY (id),
  CONSTRAINT "IDX_KEY_VALUE_PAIR_KEY_USER_ID_WORKSPACE_ID_UNIQUE"
    UNIQUE (key, "userId", "workspaceId"),
  CONSTRAINT "FK_0dae35d1c0fbdda6495be4ae71a" FOREIGN KEY ("userId")
    REFERENCES core."user" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_c137e3d8b3980901e114941daa2" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_e31d245e30cd82307e5416450fc" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_KEY_VALUE_PAIR_KEY_WORKSPACE_ID_NULL_USER_ID_UNIQUE"
  ON core."keyValuePair" (key, "workspaceId")
  WHERE "userId" IS NULL AND "applicationId" IS NULL;
CREATE UNIQUE INDEX "IDX_KEY_VALUE_PAIR_KEY_USER_ID_NULL_WORKSPACE_ID_UNIQUE"
  ON core."keyValuePair" (key, "userId") WHERE "workspaceId" IS NULL;
CREATE UNIQUE INDEX "IDX_KEY_VALUE_PAIR_KEY_NULL_USER_ID_NULL_WORKSPACE_ID_UNIQUE"
  ON core."keyValuePair" (key)
  WHERE "userId" IS NULL AND "workspaceId" IS NULL AND "applicationId" IS NULL;
CREATE UNIQUE INDEX "IDX_KEY_VALUE_PAIR_KEY_APPLICATION_ID_WORKSPACE_UNIQUE"
  ON core."keyValuePair" (key, "applicationId")
  WHERE "applicationId" IS NOT NULL AND "workspaceId" IS NOT NULL;
CREATE UNIQUE INDEX "IDX_KEY_VALUE_PAIR_KEY_APPLICATION_ID_GLOBAL_UNIQUE"
  ON core."keyValuePair" (key, "applicationId")
  WHERE "applicationId" IS NOT NULL AND "workspaceId" IS NULL;
CREATE INDEX "IDX_KEY_VALUE_PAIR_APPLICATION_ID" ON core."keyValuePair" ("applicationId");

-- Deprecated in favour of workspace.databaseSchema, kept as Twenty keeps it.
CREATE TABLE core."dataSource" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  label varchar,
  url varchar,
  schema varchar,
  type core."dataSource_type_enum" NOT NULL DEFAULT 'postgres',
  "isRemote" boolean NOT NULL DEFAULT false,
  "workspaceId" uuid NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_6d01ae6c0f47baf4f8e37342268" PRIMARY KEY (id),
  CONSTRAINT "FK_e1914827ee8b22fba4254578311" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE
);
CREATE INDEX "IDX_DATA_SOURCE_WORKSPACE_ID_CREATED_AT"
  ON core."dataSource" ("workspaceId", "createdAt");

CREATE TABLE core."objectMetadata" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  "dataSourceId" uuid,
  "nameSingular" varchar NOT NULL,
  "namePlural" varchar NOT NULL,
  "labelSingular" varchar NOT NULL,
  "labelPlural" varchar NOT NULL,
  description text,
  icon varchar,
  color text,
  "openRecordIn" core."objectMetadata_openrecordin_enum" NOT NULL DEFAULT 'USER_CHOICE',
  overrides jsonb,
  "targetTableName" varchar NOT NULL,
  "isRemote" boolean NOT NULL DEFAULT false,
  "isActive" boolean NOT NULL DEFAULT false,
  "isSystem" boolean NOT NULL DEFAULT false,
  "isUIEditable" boolean NOT NULL DEFAULT true,
  "isUIReadOnly" boolean NOT NULL DEFAULT false,
  "isUICreatable" boolean NOT NULL DEFAULT true,
  writability core."objectMetadata_writability_enum" NOT NULL DEFAULT 'OPEN',
  "isAuditLogged" boolean NOT NULL DEFAULT true,
  "isSearchable" boolean NOT NULL DEFAULT false,
  "duplicateCriteria" jsonb,
  shortcut varchar,
  "labelIdentifierFieldMetadataId" uuid,
  "imageIdentifierFieldMetadataId" uuid,
  "isLabelSyncedWithName" boolean NOT NULL DEFAULT false,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_81fb7f4f4244211cfbd188af1e8" PRIMARY KEY (id),
  CONSTRAINT "IDX_OBJECT_METADATA_NAME_SINGULAR_WORKSPACE_ID_UNIQUE"
    UNIQUE ("nameSingular", "workspaceId"),
  CONSTRAINT "IDX_OBJECT_METADATA_NAME_PLURAL_WORKSPACE_ID_UNIQUE"
    UNIQUE ("namePlural", "workspaceId"),
  CONSTRAINT "FK_d82a05a204136c01388ea80bc7a" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_71a7af5a5c916f0b96f358f25f7" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_3a00d35710f4227ded320fd96d"
  ON core."objectMetadata" ("workspaceId", "universalIdentifier");

CREATE TABLE core."fieldMetadata" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  "objectMetadataId" uuid NOT NULL,
  type varchar NOT NULL,
  name varchar NOT NULL,
  label varchar NOT NULL,
  "defaultValue" jsonb,
  description text,
  icon varchar,
  overrides jsonb,
  options jsonb,
  settings jsonb,
  "isActive" boolean NOT NULL DEFAULT false,
  "isSystem" boolean NOT NULL DEFAULT false,
  "isSystemSideEffect" boolean NOT NULL DEFAULT false,
  "isUIEditable" boolean NOT NULL DEFAULT true,
  writability core."fieldMetadata_writability_enum" NOT NULL DEFAULT 'OPEN',
  "isUIReadOnly" boolean NOT NULL DEFAULT false,
  "isNullable" boolean DEFAULT true,
  "isLabelSyncedWithName" boolean NOT NULL DEFAULT false,
  "relationTargetFieldMetadataId" uuid,
  "relationTargetObjectMetadataId" uuid,
  "morphId" uuid,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_d046b1c7cea325ebc4cdc25e7a9" PRIMARY KEY (id),
  CONSTRAINT "IDX_FIELD_METADATA_NAME_OBJECT_METADATA_ID_WORKSPACE_ID_UNIQUE"
    UNIQUE (name, "objectMetadataId", "workspaceId"),
  CONSTRAINT "REL_47a6c57e1652b6475f8248cff7" UNIQUE ("relationTargetFieldMetadataId"),
  CONSTRAINT "CHK_FIELD_METADATA_MORPH_RELATION_REQUIRES_MORPH_ID" CHECK (
    type <> 'MORPH_RELATION' OR (type = 'MORPH_RELATION' AND "morphId" IS NOT NULL)
  ),
  CONSTRAINT "FK_de2a09b9e3e690440480d2dee26" FOREIGN KEY ("objectMetadataId")
    REFERENCES core."objectMetadata" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_47a6c57e1652b6475f8248cff78" FOREIGN KEY ("relationTargetFieldMetadataId")
    REFERENCES core."fieldMetadata" (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT "FK_6f6c87ec32cca956d8be321071c" FOREIGN KEY ("relationTargetObjectMetadataId")
    REFERENCES core."objectMetadata" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_9ce5ba7878f498bcf79e447a9a6" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_05453a954e458e3d91f2ff5043f" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_f1c88fdfc3ad8910b17fc1fd73"
  ON core."fieldMetadata" ("workspaceId", "universalIdentifier");
CREATE INDEX "IDX_FIELD_METADATA_OBJECT_METADATA_ID_WORKSPACE_ID"
  ON core."fieldMetadata" ("objectMetadataId", "workspaceId");
CREATE INDEX "IDX_FIELD_METADATA_RELATION_TARGET_OBJECT_METADATA_ID"
  ON core."fieldMetadata" ("relationTargetObjectMetadataId");
CREATE INDEX "IDX_FIELD_METADATA_RELATION_TARGET_FIELD_METADATA_ID"
  ON core."fieldMetadata" ("relationTargetFieldMetadataId");
CREATE INDEX "IDX_FIELD_METADATA_OBJECT_METADATA_ID"
  ON core."fieldMetadata" ("objectMetadataId");
CREATE INDEX "IDX_FIELD_METADATA_WORKSPACE_ID" ON core."fieldMetadata" ("workspaceId");

CREATE TABLE core."indexMetadata" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  name varchar NOT NULL,
  "objectMetadataId" uuid NOT NULL,
  "isCustom" boolean NOT NULL DEFAULT false,
  "isUnique" boolean NOT NULL DEFAULT false,
  "indexWhereClause" text,
  "indexType" core."indexMetadata_indextype_enum" NOT NULL DEFAULT 'BTREE',
  "isSystemSideEffect" boolean NOT NULL DEFAULT false,
  CONSTRAINT "PK_f73bb3c3678aee204e341f0ca4e" PRIMARY KEY (id),
  CONSTRAINT "IDX_INDEX_METADATA_NAME_WORKSPACE_ID_OBJECT_METADATA_ID_UNIQUE"
    UNIQUE (name, "workspaceId", "objectMetadataId"),
  CONSTRAINT "FK_051487e9b745cb175950130b63f" FOREIGN KEY ("objectMetadataId")
    REFERENCES core."objectMetadata" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_5c988136a6d6f25a100c1064789" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_056363e1599f5b9a0e33323d9da" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_b27c681286ac581f81498c5d4b"
  ON core."indexMetadata" ("workspaceId", "universalIdentifier");
CREATE INDEX "IDX_INDEX_METADATA_WORKSPACE_ID_OBJECT_METADATA_ID"
  ON core."indexMetadata" ("workspaceId", "objectMetadataId");

CREATE TABLE core."indexFieldMetadata" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "indexMetadataId" uuid NOT NULL,
  "fieldMetadataId" uuid NOT NULL,
  "order" integer NOT NULL,
  "subFieldName" text,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_5928f67e43eff7d95aa79fd96fd" PRIMARY KEY (id),
  CONSTRAINT "FK_b20192c432612eb710801dd5664" FOREIGN KEY ("indexMetadataId")
    REFERENCES core."indexMetadata" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_be0950612a54b58c72bd62d629e" FOREIGN KEY ("fieldMetadataId")
    REFERENCES core."fieldMetadata" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_d8cf7f15cf6466ac0e3b443b3d2" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE
);
CREATE INDEX "IDX_INDEX_FIELD_METADATA_FIELD_METADATA_ID"
  ON core."indexFieldMetadata" ("fieldMetadataId");
CREATE INDEX "IDX_d8cf7f15cf6466ac0e3b443b3d" ON core."indexFieldMetadata" ("workspaceId");

CREATE TABLE core.role (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  label varchar NOT NULL,
  "canUpdateAllSettings" boolean NOT NULL DEFAULT false,
  "canAccessAllTools" boolean NOT NULL DEFAULT false,
  "canReadAllObjectRecords" boolean NOT NULL DEFAULT false,
  "canUpdateAllObjectRecords" boolean NOT NULL DEFAULT false,
  "canSoftDeleteAllObjectRecords" boolean NOT NULL DEFAULT false,
  "canDestroyAllObjectRecords" boolean NOT NULL DEFAULT false,
  description text,
  icon varchar,
  "isEditable" boolean NOT NULL DEFAULT true,
  "canBeAssignedToUsers" boolean NOT NULL DEFAULT true,
  "canBeAssignedToAgents" boolean NOT NULL DEFAULT true,
  "canBeAssignedToApiKeys" boolean NOT NULL DEFAULT true,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_b36bcfe02fc8de3c57a8b2391c2" PRIMARY KEY (id),
  CONSTRAINT "IDX_ROLE_LABEL_WORKSPACE_ID_UNIQUE" UNIQUE (label, "workspaceId"),
  CONSTRAINT "FK_d2532f520d84f8c22ee45681c5a" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_7f3b96f15aaf5a27549288d264b" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_3b7ff27925c0959777682c1adc"
  ON core.role ("workspaceId", "universalIdentifier");

CREATE TABLE core."roleTarget" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  "roleId" uuid NOT NULL,
  "userWorkspaceId" uuid,
  "agentId" uuid,
  "apiKeyId" uuid,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_0fe0b3be0a4a966e76c00f44df9" PRIMARY KEY (id),
  CONSTRAINT "IDX_ROLE_TARGET_UNIQUE_USER_WORKSPACE" UNIQUE ("workspaceId", "userWorkspaceId"),
  CONSTRAINT "IDX_ROLE_TARGET_UNIQUE_AGENT" UNIQUE ("workspaceId", "agentId"),
  CONSTRAINT "IDX_ROLE_TARGET_UNIQUE_API_KEY" UNIQUE ("workspaceId", "apiKeyId"),
  CONSTRAINT "CHK_role_target_single_entity" CHECK (
    ("agentId" IS NOT NULL AND "userWorkspaceId" IS NULL AND "apiKeyId" IS NULL)
    OR ("agentId" IS NULL AND "userWorkspaceId" IS NOT NULL AND "apiKeyId" IS NULL)
    OR ("agentId" IS NULL AND "userWorkspaceId" IS NULL AND "apiKeyId" IS NOT NULL)
  ),
  CONSTRAINT "FK_83ea4a0433da5007a198db7667e" FOREIGN KEY ("roleId")
    REFERENCES core.role (id) ON DELETE CASCADE,
  CONSTRAINT "FK_4b3865868c7da0747ee8e480851" FOREIGN KEY ("apiKeyId")
    REFERENCES core."apiKey" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_a86894bed7b7e1cc8b3f1d6186f" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_b1db027b64f44029389ace305ac" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_0082568653b80c15903c5a2ba9"
  ON core."roleTarget" ("workspaceId", "universalIdentifier");
CREATE INDEX "IDX_ROLE_TARGET_WORKSPACE_ID" ON core."roleTarget" ("userWorkspaceId", "workspaceId");
CREATE INDEX "IDX_ROLE_TARGET_AGENT_ID" ON core."roleTarget" ("agentId");
CREATE INDEX "IDX_ROLE_TARGET_API_KEY_ID" ON core."roleTarget" ("apiKeyId");
CREATE INDEX "IDX_ROLE_TARGET_ROLE_ID" ON core."roleTarget" ("roleId");

CREATE TABLE core."objectPermission" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  "roleId" uuid NOT NULL,
  "objectMetadataId" uuid NOT NULL,
  "canReadObjectRecords" boolean,
  "canUpdateObjectRecords" boolean,
  "canSoftDeleteObjectRecords" boolean,
  "canDestroyObjectRecords" boolean,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_23a4033c1aa380d0d1431731add" PRIMARY KEY (id),
  CONSTRAINT "IDX_OBJECT_PERMISSION_OBJECT_METADATA_ID_ROLE_ID_UNIQUE"
    UNIQUE ("objectMetadataId", "roleId"),
  CONSTRAINT "FK_826052747c82e59f0a006204256" FOREIGN KEY ("roleId")
    REFERENCES core.role (id) ON DELETE CASCADE,
  CONSTRAINT "FK_efbcf3528718de2b5c45c0a8a83" FOREIGN KEY ("objectMetadataId")
    REFERENCES core."objectMetadata" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_edcd87df18d3284141757bf6e16" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_f2ecee1066fd43800dbc85f87e4" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_c5ea53618b32558fe24e495f21"
  ON core."objectPermission" ("workspaceId", "universalIdentifier");
CREATE INDEX "IDX_OBJECT_PERMISSION_WORKSPACE_ID_ROLE_ID"
  ON core."objectPermission" ("workspaceId", "roleId");

CREATE TABLE core."fieldPermission" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  "roleId" uuid NOT NULL,
  "objectMetadataId" uuid NOT NULL,
  "fieldMetadataId" uuid NOT NULL,
  "canReadFieldValue" boolean,
  -- Twenty's validator allows only false or NULL here.
  "canUpdateFieldValue" boolean,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_d7bb911e4f9b1b5e3bfcfdd1c4b" PRIMARY KEY (id),
  CONSTRAINT "IDX_FIELD_PERMISSION_FIELD_METADATA_ID_ROLE_ID_UNIQUE"
    UNIQUE ("fieldMetadataId", "roleId"),
  CONSTRAINT "FK_bbf16a91f5a10199e5b18c019ba" FOREIGN KEY ("roleId")
    REFERENCES core.role (id) ON DELETE CASCADE,
  CONSTRAINT "FK_dc8e552397f5e44d175fedf752a" FOREIGN KEY ("objectMetadataId")
    REFERENCES core."objectMetadata" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_d5c47a26fe71648894d05da3d3a" FOREIGN KEY ("fieldMetadataId")
    REFERENCES core."fieldMetadata" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_2763aee5614b54019d692333fe1" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_71cc60c4a1c9f8a7c434d91d38c" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_0dedb90c717e179ef653c512b9"
  ON core."fieldPermission" ("workspaceId", "universalIdentifier");
CREATE INDEX "IDX_FIELD_PERMISSION_WORKSPACE_ID_ROLE_ID"
  ON core."fieldPermission" ("workspaceId", "roleId");

CREATE TABLE core."permissionFlag" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  key varchar NOT NULL,
  label varchar NOT NULL,
  description text,
  icon varchar,
  "permissionType" varchar NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_a02789db60620a1e9f90147b50f" PRIMARY KEY (id),
  CONSTRAINT "IDX_PERMISSION_FLAG_KEY_WORKSPACE_ID_UNIQUE" UNIQUE (key, "workspaceId"),
  CONSTRAINT "FK_835bc9f7ef959debfc5cd268049" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_b26a9d39a88d0e72373c677c6c5" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_da8ffd3c24b4a819430a861067"
  ON core."permissionFlag" ("workspaceId", "universalIdentifier");
CREATE INDEX "IDX_PERMISSION_FLAG_APPLICATION_ID" ON core."permissionFlag" ("applicationId");

CREATE TABLE core."rolePermissionFlag" (
  id uuid NOT NULL DEFAULT public.uuid_generate_v4(),
  "workspaceId" uuid NOT NULL,
  "universalIdentifier" uuid NOT NULL,
  "applicationId" uuid NOT NULL,
  "roleId" uuid NOT NULL,
  "permissionFlagId" uuid NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "PK_76591adc8035c2e7b0cd6115136" PRIMARY KEY (id),
  CONSTRAINT "IDX_ROLE_PERMISSION_FLAG_PERMISSION_FLAG_ID_ROLE_ID_UNIQUE"
    UNIQUE ("permissionFlagId", "roleId"),
  CONSTRAINT "FK_4c6ea38698de230b0ec18fa2110" FOREIGN KEY ("roleId")
    REFERENCES core.role (id) ON DELETE CASCADE,
  CONSTRAINT "FK_8724e63323f1331591a3e91b0b3" FOREIGN KEY ("permissionFlagId")
    REFERENCES core."permissionFlag" (id) ON DELETE CASCADE,
  CONSTRAINT "FK_d47b1ebee75d98daa0c870c26e3" FOREIGN KEY ("workspaceId")
    REFERENCES core.workspace (id) ON DELETE CASCADE,
  CONSTRAINT "FK_3835ecc1019327566d35728c8ba" FOREIGN KEY ("applicationId")
    REFERENCES core.application (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IDX_e4559ae0dba56e53714137c704"
  ON core."rolePermissionFlag" ("workspaceId", "universalIdentifier");
CREATE INDEX "IDX_ROLE_PERMISSION_FLAG_ROLE_ID" ON core."rolePermissionFlag" ("roleId");
CREATE INDEX "IDX_ROLE_PERMISSION_FLAG_PERMISSION_FLAG_ID"
  ON core."rolePermissionFlag" ("permissionFlagId");
