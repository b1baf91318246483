import { type ToolErrorCause } from '../types/tool-error-cause.type';

// A tool-error result carries why it failed to the code that logs and
// counts the call, out of band: a symbol key is never serialised.
const CAUSE = Symbol('toolErrorCause');

export const attachToolErrorCause = <T extends object>(
  result: T,
  cause: ToolErrorCause,
): T => Object.assign(result, { [CAUSE]: cause });

export const toolErrorCauseOf = (
  result: unknown,
): ToolErrorCause | undefined =>
  typeof result === 'object' && result !== null
    ? (result as { [CAUSE]?: ToolErrorCause })[CAUSE]
    : undefined;
