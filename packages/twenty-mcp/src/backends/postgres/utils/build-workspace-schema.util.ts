import {
  computeJoinColumnName,
  computeTableName,
  FieldMetadataType,
  type RelationOnDeleteAction,
  STANDARD_APPLICATION,
} from '@twenty-mcp/twenty-layout';

import {
  type FieldSchema,
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import { type CoreFieldRow } from '../types/core-field-row.type';
import { type CoreObjectRow } from '../types/core-object-row.type';
import { buildActivityTargets } from './build-activity-targets.util';

const KNOWN_FIELD_TYPES = new Set<string>(Object.values(FieldMetadataType));

const isRelationType = (type: string) =>
  type === FieldMetadataType.RELATION ||
  type === FieldMetadataType.MORPH_RELATION;

// Core metadata rows → the model the MCP layer works with. Inactive objects
// and fields, remote objects and field types this layer does not know are
// left out, so a newer Twenty never breaks the tool list.
export const buildWorkspaceSchema = ({
  workspaceId,
  workspaceName,
  metadataVersion,
  schemaName,
  objectRows,
  fieldRows,
}: {
  workspaceId: string;
  workspaceName: string;
  metadataVersion: number;
  schemaName: string;
  objectRows: CoreObjectRow[];
  fieldRows: CoreFieldRow[];
}): WorkspaceSchema => {
  const activeObjects = objectRows.filter((object) => object.isActive);
  const objectNameById = new Map(
    activeObjects.map((object) => [object.id, object.nameSingular]),
  );
  const fieldNameById = new Map(
    fieldRows.map((field) => [field.id, field.name]),
  );
  const fieldsByObject = new Map<string, CoreFieldRow[]>();

  for (const field of fieldRows) {
    if (!field.isActive || !KNOWN_FIELD_TYPES.has(field.type)) {
      continue;
    }

    const fields = fieldsByObject.get(field.objectMetadataId) ?? [];

    fields.push(field);
    fieldsByObject.set(field.objectMetadataId, fields);
  }

  const toFieldSchema = (field: CoreFieldRow): FieldSchema | null => {
    let relation: FieldSchema['relation'] = null;

    if (isRelationType(field.type)) {
      const targetObjectName = field.relationTargetObjectMetadataId
        ? objectNameById.get(field.relationTargetObjectMetadataId)
        : undefined;

      // A relation to an inactive or unknown object cannot be used.
      if (!targetObjectName) {
        return null;
      }

      const direction =
        field.settings?.relationType === 'MANY_TO_ONE'
          ? 'MANY_TO_ONE'
          : 'ONE_TO_MANY';
      const joinColumnName = field.settings?.joinColumnName;

      relation = {
        direction,
        targetObjectName,
        targetFieldName: field.relationTargetFieldMetadataId
          ? (fieldNameById.get(field.relationTargetFieldMetadataId) ?? null)
          : null,
        joinColumnName:
          direction === 'MANY_TO_ONE'
            ? typeof joinColumnName === 'string'
              ? joinColumnName
              : computeJoinColumnName(field.name)
            : null,
        onDelete:
          (field.settings?.onDelete as RelationOnDeleteAction | undefined) ??
          null,
        morphId: field.morphId,
      };
    }

    return {
      id: field.id,
      name: field.name,
      label: field.label,
      description: field.description,
      type: field.type as FieldMetadataType,
      isNullable: field.isNullable ?? true,
      isSystem: field.isSystem,
      isUIEditable: field.isUIEditable,
      defaultValue: field.defaultValue,
      options: field.options,
      settings: field.settings,
      relation,
    };
  };

  const objects = activeObjects.map((object): ObjectSchema => {
    const isCustom =
      object.applicationUniversalIdentifier !==
      STANDARD_APPLICATION.universalIdentifier;
    const fields = (fieldsByObject.get(object.id) ?? [])
      .map(toFieldSchema)
      .filter((field): field is FieldSchema => field !== null);
    const fieldName = (id: string | null) =>
      id ? (fields.find((field) => field.id === id)?.name ?? null) : null;

    return {
      id: object.id,
      nameSingular: object.nameSingular,
      namePlural: object.namePlural,
      labelSingular: object.labelSingular,
      labelPlural: object.labelPlural,
      description: object.description,
      icon: object.icon,
      isCustom,
      isSystem: object.isSystem,
      isSearchable: object.isSearchable,
      labelIdentifierFieldName: fieldName(
        object.labelIdentifierFieldMetadataId,
      ),
      imageIdentifierFieldName: fieldName(
        object.imageIdentifierFieldMetadataId,
      ),
      tableName: computeTableName({
        nameSingular: object.nameSingular,
        isCustom,
      }),
      fields,
    };
  });

  return {
    workspaceId,
    workspaceName,
    metadataVersion,
    schemaName,
    objects: objects.map((object) => ({
      ...object,
      activityTargets: buildActivityTargets(object, objects),
    })),
  };
};
