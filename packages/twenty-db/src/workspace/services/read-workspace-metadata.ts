import { type ClientBase } from 'pg';
import { STANDARD_APPLICATION } from '@twenty-mcp/twenty-layout';

import { type FieldMetadataRow } from '../../metadata/types/field-metadata-row.type';
import { type IndexFieldMetadataRow } from '../../metadata/types/index-field-metadata-row.type';
import { type IndexMetadataRow } from '../../metadata/types/index-metadata-row.type';
import { type ObjectMetadataRow } from '../../metadata/types/object-metadata-row.type';
import {
  type WorkspaceMetadata,
  type WorkspaceObject,
} from '../../metadata/types/workspace-metadata.type';

const groupBy = <T, K>(items: T[], key: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();

  for (const item of items) {
    const group = groups.get(key(item)) ?? [];

    group.push(item);
    groups.set(key(item), group);
  }

  return groups;
};

// Reads one workspace's active metadata back from core. "Custom" means owned
// by an application other than Twenty's standard one, as in Twenty >= 2.12.
export const readWorkspaceMetadata = async (
  client: ClientBase,
  workspaceId: string,
): Promise<WorkspaceMetadata> => {
  const objects = await client.query<
    ObjectMetadataRow & { applicationUniversalIdentifier: string }
  >(
    `SELECT o."id", o."workspaceId", o."universalIdentifier", o."applicationId",
            o."nameSingular", o."namePlural", o."labelSingular", o."labelPlural",
            o."description", o."icon", o."targetTableName", o."isActive", o."isSystem",
            o."isRemote", o."isSearchable", o."isAuditLogged", o."isUICreatable",
            o."shortcut", o."duplicateCriteria", o."labelIdentifierFieldMetadataId",
            o."imageIdentifierFieldMetadataId", o."createdAt",
            a."universalIdentifier" AS "applicationUniversalIdentifier"
       FROM core."objectMetadata" o
       JOIN core."application" a ON a."id" = o."applicationId"
      WHERE o."workspaceId" = $1 AND o."isActive" AND NOT o."isRemote"
      ORDER BY o."createdAt", o."id"`,
    [workspaceId],
  );
  // Twenty < 2.32 has no writability column: every field was open then.
  const hasWritability = Boolean(
    (
      await client.query(
        `SELECT 1 FROM information_schema.columns
          WHERE table_schema = 'core' AND table_name = 'fieldMetadata'
            AND column_name = 'writability'`,
      )
    ).rowCount,
  );
  const fields = await client.query<FieldMetadataRow>(
    `SELECT "id", "workspaceId", "universalIdentifier", "applicationId", "objectMetadataId",
            "type", "name", "label", "description", "icon", "defaultValue", "options",
            "settings", "isActive", "isSystem", "isSystemSideEffect", "isUIEditable",
            COALESCE("isNullable", true) AS "isNullable",
            ${hasWritability ? '"writability"' : `'OPEN' AS "writability"`},
            "relationTargetFieldMetadataId", "relationTargetObjectMetadataId", "morphId",
            "createdAt"
       FROM core."fieldMetadata"
      WHERE "workspaceId" = $1 AND "isActive"
      ORDER BY "createdAt", "id"`,
    [workspaceId],
  );
  const indexes = await client.query<IndexMetadataRow>(
    `SELECT "id", "workspaceId", "universalIdentifier", "applicationId", "objectMetadataId",
            "name", "isCustom", "isUnique", "indexWhereClause", "indexType",
            "isSystemSideEffect", "createdAt"
       FROM core."indexMetadata"
      WHERE "workspaceId" = $1
      ORDER BY "createdAt", "id"`,
    [workspaceId],
  );
  const indexFields = await client.query<IndexFieldMetadataRow>(
    `SELECT "id", "workspaceId", "indexMetadataId", "fieldMetadataId", "order", "subFieldName"
       FROM core."indexFieldMetadata"
      WHERE "workspaceId" = $1
      ORDER BY "indexMetadataId", "order"`,
    [workspaceId],
  );
  const fieldsByObject = groupBy(
    fields.rows,
    (field) => field.objectMetadataId,
  );
  const indexesByObject = groupBy(
    indexes.rows,
    (index) => index.objectMetadataId,
  );
  const fieldsByIndex = groupBy(
    indexFields.rows,
    (field) => field.indexMetadataId,
  );

  return {
    workspaceId,
    objects: objects.rows.map(
      ({ applicationUniversalIdentifier, ...object }): WorkspaceObject => ({
        ...object,
        isCustom:
          applicationUniversalIdentifier !==
          STANDARD_APPLICATION.universalIdentifier,
        fields: fieldsByObject.get(object.id) ?? [],
        indexes: (indexesByObject.get(object.id) ?? []).map((index) => ({
          ...index,
          fields: fieldsByIndex.get(index.id) ?? [],
        })),
      }),
    ),
  };
};
