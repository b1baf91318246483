// How long a workspace's cache key (Twenty's metadata and roles, the
// module's settings) is trusted before it is read again: the bound on how
// late another instance's or Twenty's change reaches tools/list.
export const DEFAULT_METADATA_RECHECK_MS = 1_000;
