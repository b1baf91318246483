import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { type JsonSchema } from '../../types/json-schema.type';

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });

addFormats(ajv);

// Compiles a generated schema with Ajv (draft 2020-12, strict, formats
// checked); compiling also validates it against the meta-schema.
export const compileSchema = (
  schema: JsonSchema,
): ((value: unknown) => boolean) => {
  const validate = ajv.compile(schema);

  return (value) => validate(value) === true;
};
