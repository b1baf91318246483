import {
  COMPOSITE_TYPE_DEFINITIONS,
  computeCompositeColumnName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type SelectColumn } from '../types/select-column.type';
import { isHiddenField } from '../../../../domain/workspace/utils/is-hidden-field.util';
import { isManyToOneField } from '../../../../domain/workspace/utils/is-many-to-one-field.util';
import { quoteIdentifier } from './quote-identifier.util';

// Sub-columns the API never shows.
const SKIPPED_SUB_FIELDS: Partial<Record<FieldMetadataType, string>> = {
  [FieldMetadataType.ACTOR]: 'context',
  [FieldMetadataType.RICH_TEXT]: 'blocknote',
};

const plain = (column: string): SelectColumn => ({
  expression: quoteIdentifier(column),
  alias: column,
});

// The physical columns to read for one field, each aliased to its column
// name so the row decoder finds it.
export const getFieldSelectColumns = (field: FieldSchema): SelectColumn[] => {
  if (isHiddenField(field)) {
    return [];
  }

  if (field.relation) {
    return isManyToOneField(field)
      ? [plain(field.relation.joinColumnName)]
      : [];
  }

  const properties = COMPOSITE_TYPE_DEFINITIONS[field.type];

  if (properties) {
    return properties
      .filter((property) => SKIPPED_SUB_FIELDS[field.type] !== property.name)
      .map((property) =>
        plain(
          computeCompositeColumnName({
            fieldName: field.name,
            subFieldName: property.name,
          }),
        ),
      );
  }

  const column = quoteIdentifier(field.name);

  switch (field.type) {
    case FieldMetadataType.MULTI_SELECT:
      // pg cannot parse arrays of a custom enum; text[] it can.
      return [{ expression: `${column}::text[]`, alias: field.name }];
    case FieldMetadataType.DATE:
      // Independent of the session's DateStyle and time zone.
      return [
        { expression: `to_char(${column}, 'YYYY-MM-DD')`, alias: field.name },
      ];
    default:
      return [plain(field.name)];
  }
};
