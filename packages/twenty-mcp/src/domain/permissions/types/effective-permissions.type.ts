import { type ObjectAccess } from './object-access.type';

// Computed once per request: role ∩ credential scopes (∩ workspace
// exposure, later). Every path — tool lists, schemas, filters, sorts,
// results, search, aggregates, resources, completions, errors — asks this
// object. Objects the principal cannot read are simply absent.
export type EffectivePermissions = {
  roleId: string;
  objects: ReadonlyMap<string, ObjectAccess>;
};
