import {
  COMPOSITE_TYPE_DEFINITIONS,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { isHiddenField } from '../../../domain/workspace/utils/is-hidden-field.util';
import { type FenceRule } from '../types/fence-rule.type';

// Whatever a text column holds was written by someone other than this
// server: CRM users, imports, email and calendar sync, other integrations.
// Only values whose column type constrains them are trusted: uuids,
// numbers, booleans, dates, and SELECT / MULTI_SELECT / RATING (PostgreSQL
// enums of option values an admin defined, already published in the tool
// schemas). docs/guardrails.md, "Untrusted content".
const UNTRUSTED_BY_TYPE: Partial<Record<FieldMetadataType, FenceRule>> = {
  [FieldMetadataType.TEXT]: 'text',
  [FieldMetadataType.RICH_TEXT]: 'text',
  [FieldMetadataType.ARRAY]: 'text',
  // Stored JSONB as written, file names included.
  [FieldMetadataType.FILES]: 'text',
  // Keys are user data too.
  [FieldMetadataType.RAW_JSON]: 'json',
};

// The fence rule of one field's value in an API record (docs/record-format.md),
// undefined when nothing in it is untrusted. Relations are join column uuids;
// their expansions are the record rule's to describe.
export const buildFieldFenceRule = (
  field: FieldSchema,
): FenceRule | undefined => {
  if (isHiddenField(field) || field.relation) {
    return undefined;
  }

  const byType = UNTRUSTED_BY_TYPE[field.type];

  if (byType) {
    return byType;
  }

  const properties: Record<string, FenceRule> = {};

  // Composite sub-fields by their column type. JSON sub-fields (additional
  // emails, phones, links) have shapes of Twenty's: their strings are
  // fenced, their keys are not.
  for (const property of COMPOSITE_TYPE_DEFINITIONS[field.type] ?? []) {
    if (
      property.type === FieldMetadataType.TEXT ||
      property.type === FieldMetadataType.RAW_JSON
    ) {
      properties[property.name] = 'text';
    }
  }

  return Object.keys(properties).length > 0 ? { properties } : undefined;
};
