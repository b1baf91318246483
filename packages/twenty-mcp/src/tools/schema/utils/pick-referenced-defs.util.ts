import { type JsonSchema } from '../types/json-schema.type';
import { listSubschemas } from './list-subschemas.util';

const DEF_REF_PREFIX = '#/$defs/';

// The entries of `defs` that `schema` refers to, directly or through other
// entries, so a generated schema carries only the defs it uses.
export const pickReferencedDefs = ({
  schema,
  defs,
}: {
  schema: JsonSchema;
  defs: Record<string, JsonSchema>;
}): Record<string, JsonSchema> => {
  const picked: Record<string, JsonSchema> = {};
  const pending: JsonSchema[] = [schema];

  for (let node = pending.pop(); node; node = pending.pop()) {
    const name = node.$ref?.startsWith(DEF_REF_PREFIX)
      ? node.$ref.slice(DEF_REF_PREFIX.length)
      : undefined;

    if (name !== undefined && defs[name] && !picked[name]) {
      picked[name] = defs[name];
      pending.push(defs[name]);
    }

    pending.push(...listSubschemas(node));
  }

  return picked;
};
