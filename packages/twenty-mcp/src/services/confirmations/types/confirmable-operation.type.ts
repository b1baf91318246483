// A destructive operation as a confirmation token is bound to it: the
// compact tool it runs as (a per-object tool runs as its compact tool with
// the object fixed, so both name the same operation), the object, and
// every argument that decides what changes, already in canonical form
// (order-free lists sorted, e.g. with canonicalIds).
export type ConfirmableOperation = {
  tool: string;
  objectName: string;
  arguments: Record<string, unknown>;
};
