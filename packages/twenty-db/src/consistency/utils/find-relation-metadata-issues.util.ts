import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldMetadataRow } from '../../metadata/types/field-metadata-row.type';
import { type WorkspaceMetadata } from '../../metadata/types/workspace-metadata.type';
import { isRelationField } from '../../workspace-schema/utils/get-join-column-name.util';
import { type LayoutIssue } from '../types/layout-issue.type';

const RELATION_TYPES = new Set(['MANY_TO_ONE', 'ONE_TO_MANY']);
const ON_DELETE_ACTIONS = new Set([
  'CASCADE',
  'SET_NULL',
  'RESTRICT',
  'NO_ACTION',
]);

const fieldLabel = (
  field: FieldMetadataRow,
  objectNameById: Map<string, string>,
) =>
  `${objectNameById.get(field.objectMetadataId) ?? field.objectMetadataId}.${field.name} (${field.id})`;

// Relation rows must form pairs pointing at each other across two active
// objects, with complementary relation types; only then can the join column
// and its foreign key be derived. Metadata only, no catalog.
export const findRelationMetadataIssues = (
  metadata: WorkspaceMetadata,
): LayoutIssue[] => {
  const issues: LayoutIssue[] = [];
  const objectNameById = new Map(
    metadata.objects.map((object) => [object.id, object.nameSingular]),
  );
  const fieldsById = new Map(
    metadata.objects.flatMap((object) =>
      object.fields.map((field) => [field.id, field] as const),
    ),
  );

  for (const object of metadata.objects) {
    for (const field of object.fields.filter(isRelationField)) {
      const report = (message: string) =>
        issues.push({
          objectName: object.nameSingular,
          fieldName: field.name,
          kind: 'BROKEN_RELATION_METADATA',
          message,
        });
      const relationType = field.settings?.relationType;
      const onDelete = field.settings?.onDelete;

      if (field.type === FieldMetadataType.MORPH_RELATION && !field.morphId) {
        report('MORPH_RELATION field has no morphId');
      }

      if (
        typeof relationType !== 'string' ||
        !RELATION_TYPES.has(relationType)
      ) {
        report(
          `settings.relationType is ${JSON.stringify(relationType)}, expected MANY_TO_ONE or ONE_TO_MANY`,
        );
      }

      if (
        relationType === 'MANY_TO_ONE' &&
        onDelete !== undefined &&
        onDelete !== null &&
        !ON_DELETE_ACTIONS.has(String(onDelete))
      ) {
        report(
          `settings.onDelete is ${JSON.stringify(onDelete)}, not an ON DELETE action`,
        );
      }

      if (!field.relationTargetObjectMetadataId) {
        report('relationTargetObjectMetadataId is null');
      } else if (!objectNameById.has(field.relationTargetObjectMetadataId)) {
        report(
          `relationTargetObjectMetadataId ${field.relationTargetObjectMetadataId} is not an active object of the workspace`,
        );
      }

      if (!field.relationTargetFieldMetadataId) {
        report('relationTargetFieldMetadataId is null');
        continue;
      }

      const target = fieldsById.get(field.relationTargetFieldMetadataId);

      if (!target) {
        report(
          `relationTargetFieldMetadataId ${field.relationTargetFieldMetadataId} is not an active field of an active object`,
        );
        continue;
      }

      if (target.relationTargetFieldMetadataId !== field.id) {
        report(
          `target field ${fieldLabel(target, objectNameById)} points back at ${target.relationTargetFieldMetadataId ?? 'nothing'}, not at this field`,
        );
      }

      if (target.objectMetadataId !== field.relationTargetObjectMetadataId) {
        report(
          `target field ${fieldLabel(target, objectNameById)} belongs to another object than relationTargetObjectMetadataId ${field.relationTargetObjectMetadataId}`,
        );
      }

      if (target.relationTargetObjectMetadataId !== field.objectMetadataId) {
        report(
          `target field ${fieldLabel(target, objectNameById)} has relationTargetObjectMetadataId ${target.relationTargetObjectMetadataId ?? 'null'}, not this object`,
        );
      }

      const targetRelationType = target.settings?.relationType;

      if (
        !isRelationField(target) ||
        (RELATION_TYPES.has(String(relationType)) &&
          targetRelationType === relationType)
      ) {
        report(
          `target field ${fieldLabel(target, objectNameById)} is ${target.type} ${String(targetRelationType)}, not the other side of a ${String(relationType)} relation`,
        );
      }
    }
  }

  return issues;
};
