// compact: a fixed set of generic tools (default); per-object: typed tools
// per object and operation, for workspaces that expose few objects.
export type ToolMode = 'compact' | 'per-object';
