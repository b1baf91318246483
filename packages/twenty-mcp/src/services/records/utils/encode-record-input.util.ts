import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type EncodedColumn } from '../../../domain/records/types/encoded-column.type';
import { type EncodedRecord } from '../../../domain/records/types/encoded-record.type';
import { type RecordInputRequest } from '../../../domain/records/types/record-input-request.type';
import { encodeFieldInput } from './encode-field-input.util';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { getFieldApiKey } from '../../../domain/workspace/utils/get-field-api-key.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { isReadableField } from '../../../domain/workspace/utils/is-readable-field.util';
import { isRequiredOnCreate } from './is-required-on-create.util';
import { resolveWritableField } from './resolve-writable-field.util';

// One API record → column values. Fields that cannot be written are
// errors, never silently dropped; create needs the required fields.
export const encodeRecordInput = async ({
  object,
  access,
  input,
  mode,
}: RecordInputRequest): Promise<EncodedRecord> => {
  if (!isPlainObject(input)) {
    throw invalidArgument(
      `A ${object.nameSingular} record must be an object of field values`,
    );
  }

  const provided = new Set<FieldSchema>();
  const columns: EncodedColumn[] = [];

  for (const [key, value] of Object.entries(input)) {
    const field = resolveWritableField({ object, access }, key);

    provided.add(field);
    columns.push(
      ...(await encodeFieldInput({ object, field, key, mode }, value)),
    );
  }

  if (mode === 'create') {
    const missing = object.fields.filter(
      (field) =>
        isRequiredOnCreate(field) &&
        isReadableField(field, access) &&
        !provided.has(field),
    );

    if (missing.length > 0) {
      throw invalidArgument(
        `Missing required field(s) to create a ${object.nameSingular}: ${formatNameList(missing.map(getFieldApiKey))}`,
      );
    }
  } else if (columns.length === 0) {
    throw invalidArgument('Nothing to update: pass at least one field');
  }

  return { columns };
};
