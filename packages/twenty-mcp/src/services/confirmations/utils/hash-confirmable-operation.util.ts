import { canonicalizeJson } from '../../../domain/values/utils/canonicalize-json.util';
import { sha256Hex } from '../../../domain/values/utils/sha256-hex.util';
import { type ConfirmableOperation } from '../types/confirmable-operation.type';

// What a confirmation token is bound to: SHA-256 of the operation's
// canonical JSON.
export const hashConfirmableOperation = (
  operation: ConfirmableOperation,
): string =>
  sha256Hex(
    canonicalizeJson({
      tool: operation.tool,
      objectName: operation.objectName,
      arguments: operation.arguments,
    }),
  );
