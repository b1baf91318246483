import { type ErrorObject } from 'ajv';

const describe = (error: ErrorObject): string => {
  const path = error.instancePath || '(arguments)';

  switch (error.keyword) {
    case 'additionalProperties':
      return `${path}: unknown property "${String(error.params.additionalProperty)}"`;
    case 'enum':
      return `${path}: must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'required':
      return `${path}: missing required property "${String(error.params.missingProperty)}"`;
    default:
      return `${path}: ${error.message ?? 'is invalid'}`;
  }
};

// Ajv errors as one line per problem, deduplicated, so a model can fix its
// arguments in one go.
export const formatValidationErrors = (
  errors: ErrorObject[] | null | undefined,
): string =>
  [
    ...new Set(
      (errors ?? []).filter((error) => error.keyword !== 'if').map(describe),
    ),
  ]
    .slice(0, 10)
    .join('; ');
