import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { ERASABLE_OBJECT_NAME } from '../../domain/permissions/constants/erasable-object-name.const';
import { type WorkspaceSchema } from '../../domain/workspace/types/workspace-schema.type';
import { type McpErasureFieldChoiceDTO } from '../dtos/mcp-erasure-field-choice.dto';
import { McpErasureFieldTypeEnum } from '../enums/mcp-erasure-field-type.enum';

const CHOICE_TYPES: ReadonlyMap<string, McpErasureFieldTypeEnum> = new Map([
  [FieldMetadataType.EMAILS, McpErasureFieldTypeEnum.EMAILS],
  [FieldMetadataType.PHONES, McpErasureFieldTypeEnum.PHONES],
  [FieldMetadataType.TEXT, McpErasureFieldTypeEnum.TEXT],
]);

// The fields of other objects in which erasing a person may clear their
// email addresses and phone numbers: every Emails, Phones and Text field
// outside person, system objects included (Twenty keeps e-mail handles in
// the system object messageParticipant, docs/guardrails.md, "Erasure"),
// system fields left out (Twenty maintains those). Standard objects first,
// then custom, then system ones, each by name, and their fields by name.
export const listErasureFieldChoices = (
  schema: WorkspaceSchema,
): McpErasureFieldChoiceDTO[] =>
  schema.objects
    .filter((object) => object.nameSingular !== ERASABLE_OBJECT_NAME)
    .sort(
      (left, right) =>
        Number(left.isSystem) - Number(right.isSystem) ||
        Number(left.isCustom) - Number(right.isCustom) ||
        left.nameSingular.localeCompare(right.nameSingular),
    )
    .flatMap((object) =>
      object.fields
        .filter((field) => !field.isSystem && CHOICE_TYPES.has(field.type))
        .sort((left, right) => left.name.localeCompare(right.name))
        .map((field) => {
          const fieldType = CHOICE_TYPES.get(field.type)!;

          return {
            key: `${object.nameSingular}.${field.name}`,
            objectName: object.nameSingular,
            objectLabel: object.labelSingular,
            fieldName: field.name,
            fieldLabel: field.label,
            fieldType,
            isDefault: fieldType !== McpErasureFieldTypeEnum.TEXT,
          };
        }),
    );
