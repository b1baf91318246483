// Something a credential would be allowed that its issuer is not: on one
// object (labelled as admins see it), or beyond records (settings, tools,
// permission flags) when objectLabel is null.
export type PermissionExcess = {
  objectLabel: string | null;
  rights: string[];
};
