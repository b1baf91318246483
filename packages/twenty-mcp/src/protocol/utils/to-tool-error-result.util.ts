// A tool-level failure: the model reads the message and can correct itself.
export const toToolErrorResult = (message: string) => ({
  content: [{ type: 'text' as const, text: message }],
  isError: true,
});
