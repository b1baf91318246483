// Why a tool call answered isError: the error's class, whether it was ours
// (internal) rather than the caller's, and for ours the cause to log.
export type ToolErrorCause = {
  errorClass: string;
  internal: boolean;
  cause?: string;
};
