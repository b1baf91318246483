import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { type StoredRecord } from '../../../domain/records/types/stored-record.type';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../../domain/workspace/utils/get-field-api-key.util';
import { isReadableField } from '../../../domain/workspace/utils/is-readable-field.util';
import { type RecordInputRequest } from '../types/record-input-request.type';
import { encodeFieldInput } from './encode-field-input.util';
import { isRequiredOnCreate } from './is-required-on-create.util';
import { resolveWritableField } from './resolve-writable-field.util';

// One API record → the stored values to write. Fields that cannot be
// written are errors, never silently dropped; create needs the required
// fields.
export const encodeRecordInput = async ({
  object,
  access,
  input,
  mode,
}: RecordInputRequest): Promise<Partial<StoredRecord>> => {
  if (!isPlainObject(input)) {
    throw invalidArgument(
      `A ${object.nameSingular} record must be an object of field values`,
    );
  }

  const provided = new Set<FieldSchema>();
  const values: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(input)) {
    const field = resolveWritableField({ object, access }, key);

    provided.add(field);
    values[getFieldApiKey(field)] = await encodeFieldInput(
      { object, field, key, mode },
      value,
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
  } else if (provided.size === 0) {
    throw invalidArgument('Nothing to update: pass at least one field');
  }

  return values as Partial<StoredRecord>;
};
