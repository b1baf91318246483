import { type ObjectSchema } from '../../workspace/types/workspace-schema.type';

// A record's display name from its label identifier field; full names are
// joined, other composites are not used.
export const recordLabel = (
  object: ObjectSchema,
  record: Record<string, unknown>,
): string | null => {
  const value = object.labelIdentifierFieldName
    ? record[object.labelIdentifierFieldName]
    : null;

  if (typeof value === 'string') {
    return value || null;
  }

  if (value && typeof value === 'object' && 'firstName' in value) {
    const { firstName, lastName } = value as {
      firstName?: string | null;
      lastName?: string | null;
    };

    return [firstName, lastName].filter(Boolean).join(' ') || null;
  }

  return null;
};
