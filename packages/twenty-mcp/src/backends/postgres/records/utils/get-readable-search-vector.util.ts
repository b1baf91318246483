import {
  COMPOSITE_TYPE_DEFINITIONS,
  computeCompositeColumnName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type QueryTarget } from '../../../../domain/records/types/query-target.type';
import { quoteIdentifier } from './quote-identifier.util';

const EMPTY_VECTOR = `to_tsvector('simple', '')`;

const physicalColumns = (field: FieldSchema): string[] => {
  if (field.relation) {
    return field.relation.joinColumnName ? [field.relation.joinColumnName] : [];
  }

  const properties = COMPOSITE_TYPE_DEFINITIONS[field.type];

  return properties
    ? properties.map((property) =>
        computeCompositeColumnName({
          fieldName: field.name,
          subFieldName: property.name,
        }),
      )
    : [field.name];
};

// Twenty's stored searchVector indexes fields whatever the caller's role,
// so matching it would let a caller probe a field it cannot read (prefix
// by prefix). When it indexes such fields, this returns its generation
// expression with their columns as NULL — null means the stored vector is
// safe to match. Without the expression nothing can be matched safely.
export const getReadableSearchVector = ({
  object,
  access,
}: QueryTarget): string | null => {
  const searchVector = object.fields.find(
    (field) =>
      field.name === 'searchVector' &&
      field.type === FieldMetadataType.TS_VECTOR,
  );
  const expression = searchVector?.settings?.asExpression;
  const unreadableColumns = object.fields
    .filter((field) => !access.readableFieldNames.has(field.name))
    .flatMap(physicalColumns)
    .map(quoteIdentifier);

  if (unreadableColumns.length === 0) {
    return null;
  }

  if (typeof expression !== 'string') {
    return EMPTY_VECTOR;
  }

  const indexed = unreadableColumns.filter((column) =>
    expression.includes(column),
  );

  return indexed.length === 0
    ? null
    : `(${indexed.reduce((sql, column) => sql.split(column).join('NULL::text'), expression)})`;
};
