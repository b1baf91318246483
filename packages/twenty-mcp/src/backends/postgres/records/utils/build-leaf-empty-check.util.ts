import { type ColumnDescriptor } from '../types/column-descriptor.type';
import { quoteIdentifier } from './quote-identifier.util';

// "Has no value": NULL, and for text / arrays / JSON also the empty one.
export const buildLeafEmptyCheck = ({
  column,
  kind,
}: ColumnDescriptor): string => {
  const quoted = quoteIdentifier(column);

  switch (kind) {
    case 'TEXT':
      return `(${quoted} IS NULL OR ${quoted} = '')`;
    case 'ARRAY':
    case 'MULTI_SELECT':
      return `(${quoted} IS NULL OR cardinality(${quoted}) = 0)`;
    case 'JSON':
      return `(${quoted} IS NULL OR ${quoted} IN ('null'::jsonb, '[]'::jsonb, '{}'::jsonb))`;
    default:
      return `${quoted} IS NULL`;
  }
};
