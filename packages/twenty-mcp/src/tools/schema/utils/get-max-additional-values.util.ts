import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';

// How many additional values (after the primary one) an EMAILS, PHONES or
// LINKS field accepts on writes, from its `maxNumberOfValues` setting;
// undefined when unbounded.
export const getMaxAdditionalValues = (
  settings: FieldSchema['settings'],
): number | undefined => {
  const max = settings?.maxNumberOfValues;

  return typeof max === 'number' && max >= 1 ? max - 1 : undefined;
};
