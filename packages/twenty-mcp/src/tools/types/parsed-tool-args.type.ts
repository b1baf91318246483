// The outcome of parsing a call's arguments: typed arguments, or one line
// per problem for the model to fix.
export type ParsedToolArgs<Args> =
  { success: true; data: Args } | { success: false; error: string };
