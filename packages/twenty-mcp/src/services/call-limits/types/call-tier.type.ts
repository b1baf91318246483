// Reads (tools with readOnlyHint) and writes (every other tool) are limited
// apart: writes cost more and change the workspace.
export type CallTier = 'read' | 'write';
