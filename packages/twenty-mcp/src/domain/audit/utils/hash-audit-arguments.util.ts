import { canonicalizeJson } from '../../values/utils/canonicalize-json.util';
import { sha256Hex } from '../../values/utils/sha256-hex.util';

// Which arguments a call had, without keeping them: equal arguments in any
// key order give the same hash.
export const hashAuditArguments = (args: unknown): string =>
  sha256Hex(canonicalizeJson(args ?? {}));
