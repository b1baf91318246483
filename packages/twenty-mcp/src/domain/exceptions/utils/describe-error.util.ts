// An error for the log: a TwentyMcpException's underlying cause when it
// carries one (the driver's error behind INTERNAL_ERROR), else the error.
export const describeError = (error: unknown): string => {
  const cause =
    error instanceof Error && 'details' in error
      ? (error as { details?: { cause?: unknown } }).details?.cause
      : undefined;
  const root = cause ?? error;

  return root instanceof Error ? (root.stack ?? root.message) : String(root);
};
