import { type ObjectExposure } from './object-exposure.type';

// A workspace's exposure settings: per-object rows keyed by object metadata
// id; objects without a row are exposed when standard, and when custom
// only if `exposeNewObjects` is on.
export type WorkspaceExposure = {
  objects: ReadonlyMap<string, ObjectExposure>;
  exposeNewObjects: boolean;
};
