import { internalError } from './internal-error.util';

// Ends an exhaustive switch: a new enum member fails to compile here.
export const assertUnreachable = (value: never): never => {
  throw internalError(`Unhandled case: ${String(value)}`);
};
