import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';

const INTEGER_DATA_TYPES = new Set<unknown>(['int', 'bigint']);

// A NUMBER field holds integers when stored as int/bigint or shown with no
// decimals.
export const isIntegerNumberField = (
  settings: FieldSchema['settings'],
): boolean =>
  INTEGER_DATA_TYPES.has(settings?.dataType) || settings?.decimals === 0;
