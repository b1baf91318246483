// Twenty v2's layout rules, shared by the fixture package (twenty-db) and the
// MCP module's Postgres adapters. Version-sensitive facts live here only.
export {
  ACTOR_SOURCES,
  type ActorSource,
} from './metadata/actor-sources.const';
export { type CompositeProperty } from './metadata/composite-property.type';
export { COMPOSITE_TYPE_DEFINITIONS } from './metadata/composite-type-definitions.const';
export { FieldMetadataType } from './metadata/field-metadata-type.enum';
export { type FieldOption } from './metadata/field-option.type';
export { isCompositeFieldType } from './metadata/is-composite-field-type.util';
export { type RelationOnDeleteAction } from './metadata/relation-on-delete-action.type';
export { type RelationType } from './metadata/relation-type.type';
export { STANDARD_APPLICATION } from './metadata/standard-application.const';
export {
  SYSTEM_FIELD_NAMES,
  type SystemFieldName,
} from './metadata/system-field-names.const';
export { computeCompositeColumnName } from './naming/compute-composite-column-name.util';
export { computeJoinColumnName } from './naming/compute-join-column-name.util';
export { computeMorphRelationFieldName } from './naming/compute-morph-relation-field-name.util';
export { computePostgresEnumName } from './naming/compute-postgres-enum-name.util';
export {
  computeTableName,
  CUSTOM_OBJECT_TABLE_PREFIX,
} from './naming/compute-table-name.util';
export { computeWorkspaceSchemaName } from './naming/compute-workspace-schema-name.util';
export { uuidToBase36 } from './naming/uuid-to-base36.util';
export { computeAppSecret } from './auth/compute-app-secret.util';
export { type JwtSecretType } from './auth/jwt-secret-type.type';
export {
  TWENTY_VERSION_MARKERS,
  type TwentyVersionMarker,
} from './version/twenty-version-markers.const';
export { compareTwentyVersions } from './version/compare-twenty-versions.util';
export { parseUpgradeMigrationVersion } from './version/parse-upgrade-migration-version.util';
export {
  inferTwentyVersionRange,
  type TwentyVersionRange,
} from './version/infer-twenty-version-range.util';
export { describeTwentyVersion } from './version/describe-twenty-version.util';
