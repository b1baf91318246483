import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { TwentyMcpException } from '../../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { getFieldLeaves } from '../../../../domain/records/utils/get-field-leaves.util';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../../../domain/workspace/utils/get-field-api-key.util';
import { type EncodedColumn } from '../types/encoded-column.type';
import { type EncodedRecord } from '../types/encoded-record.type';
import { type SqlParamValue } from '../types/sql-param-value.type';
import { toColumnDescriptor } from './to-column-descriptor.util';

// pg would turn a JS array bound to jsonb into a PG array: JSON is sent
// as text.
const toParam = (kind: string, value: unknown): SqlParamValue =>
  kind === 'JSON' && value !== null
    ? JSON.stringify(value)
    : (value as SqlParamValue);

const unknownKey = (object: ObjectSchema, key: string) =>
  new TwentyMcpException(
    `No stored value "${key}" on ${object.nameSingular}`,
    TwentyMcpExceptionCode.INTERNAL_ERROR,
  );

// A partial stored record (values the records service validated) → the
// columns to write: a composite writes only the properties it carries.
export const encodeStoredRecord = (
  object: ObjectSchema,
  values: Partial<StoredRecord>,
): EncodedRecord => {
  const columns = Object.entries(values).flatMap(
    ([key, value]): EncodedColumn[] => {
      const field = object.fields.find(
        (candidate) => getFieldApiKey(candidate) === key,
      );

      if (!field) {
        throw unknownKey(object, key);
      }

      const leaves = getFieldLeaves(field);

      if (field.relation || leaves.every((leaf) => leaf.property === null)) {
        const [leaf] = leaves;

        return [
          {
            ...toColumnDescriptor(object, leaf),
            value: toParam(leaf.kind, value),
          },
        ];
      }

      const properties = Object.entries(
        (value ?? {}) as Record<string, unknown>,
      );

      return properties.map(([property, propertyValue]) => {
        // BlockNote JSON is stored as text and is no leaf: nothing filters
        // or sorts on it.
        const leaf =
          field.type === FieldMetadataType.RICH_TEXT && property === 'blocknote'
            ? { ...leaves[0], property }
            : leaves.find((candidate) => candidate.property === property);

        if (!leaf) {
          throw unknownKey(object, `${key}.${property}`);
        }

        return {
          ...toColumnDescriptor(object, leaf),
          value: toParam(leaf.kind, propertyValue),
        };
      });
    },
  );

  return { columns };
};
