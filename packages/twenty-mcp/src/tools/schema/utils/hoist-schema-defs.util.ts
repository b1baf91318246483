import { type JsonSchema } from '../types/json-schema.type';
import { mapSubschemas } from './map-subschemas.util';
import { internalError } from '../../../domain/exceptions/utils/internal-error.util';

// Moves every nested `$defs` to the root, where `#/$defs/<name>` refs
// resolve once generated schemas (filter, orderBy, records) are embedded
// in a tool's input or output schema. Entries of the same name must be
// identical (shared defs are); anything else is a bug and throws.
export const hoistSchemaDefs = (schema: JsonSchema): JsonSchema => {
  const defs: Record<string, JsonSchema> = {};

  const visit = (node: JsonSchema): JsonSchema => {
    const { $defs, ...rest } = node;

    for (const [name, def] of Object.entries($defs ?? {})) {
      const hoisted = visit(def);

      if (
        defs[name] &&
        JSON.stringify(defs[name]) !== JSON.stringify(hoisted)
      ) {
        throw internalError(`Conflicting $defs entries named "${name}"`);
      }
      defs[name] = hoisted;
    }

    return mapSubschemas(rest, visit);
  };

  const root = visit(schema);

  return Object.keys(defs).length > 0 ? { ...root, $defs: defs } : root;
};
