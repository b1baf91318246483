import {
  computeCompositeColumnName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { quoteIdentifier } from './quote-identifier.util';

const column = (field: FieldSchema, subFieldName: string) =>
  quoteIdentifier(
    computeCompositeColumnName({ fieldName: field.name, subFieldName }),
  );

// A record's label identifier as one text value (search hits).
export const buildLabelTextExpression = (field: FieldSchema | null): string => {
  if (!field) {
    return 'NULL::text';
  }

  switch (field.type) {
    case FieldMetadataType.FULL_NAME:
      return `NULLIF(concat_ws(' ', ${column(field, 'firstName')}, ${column(field, 'lastName')}), '')`;
    case FieldMetadataType.EMAILS:
      return column(field, 'primaryEmail');
    case FieldMetadataType.LINKS:
      return column(field, 'primaryLinkUrl');
    case FieldMetadataType.RICH_TEXT:
      return column(field, 'markdown');
    default:
      return `${quoteIdentifier(field.name)}::text`;
  }
};
