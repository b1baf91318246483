import { computeTableName } from '@twenty-mcp/twenty-layout';

import { computeIndexColumns } from '../../workspace-schema/utils/compute-index-columns.util';
import { computeIndexName } from '../../workspace-schema/utils/compute-index-name.util';
import { type IndexDescription } from '../types/index-description.type';
import {
  type WorkspaceIndex,
  type WorkspaceObject,
} from '../types/workspace-metadata.type';

// An index's core."indexMetadata" row and its index fields, named the way
// Twenty names it.
export const buildIndexRow = ({
  object,
  description,
  isCustom,
  applicationId,
  idFor,
  createdAt,
}: {
  object: WorkspaceObject;
  description: IndexDescription;
  isCustom: boolean;
  applicationId: string;
  idFor: (...parts: string[]) => string;
  createdAt: Date;
}): WorkspaceIndex => {
  const fields = description.fieldNames.map((name) => {
    const field = object.fields.find((candidate) => candidate.name === name);

    if (!field) {
      throw new Error(
        `${object.nameSingular}: index field "${name}" does not exist`,
      );
    }

    return field;
  });
  const isUnique = description.isUnique ?? false;
  const indexId = idFor(
    'index',
    object.nameSingular,
    ...description.fieldNames,
    description.whereClause ?? '',
  );
  const indexFields = fields.map((field, order) => ({
    id: idFor('index-field', indexId, field.name),
    workspaceId: object.workspaceId,
    indexMetadataId: indexId,
    fieldMetadataId: field.id,
    order,
    subFieldName: null,
  }));
  const { nameKeys } = computeIndexColumns({
    indexFields,
    fieldsById: new Map(fields.map((field) => [field.id, field])),
  });

  return {
    id: indexId,
    workspaceId: object.workspaceId,
    universalIdentifier: indexId,
    applicationId,
    objectMetadataId: object.id,
    name: computeIndexName({
      tableName: computeTableName(object),
      columnKeys: nameKeys,
      isUnique,
      whereClause: description.whereClause,
    }),
    isCustom,
    isUnique,
    indexWhereClause: description.whereClause ?? null,
    indexType: description.indexType ?? 'BTREE',
    isSystemSideEffect: false,
    createdAt,
    fields: indexFields,
  };
};
