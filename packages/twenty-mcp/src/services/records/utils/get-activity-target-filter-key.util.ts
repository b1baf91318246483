// The `targets` filter key of a target object: `companyId`.
export const getActivityTargetFilterKey = (objectName: string): string =>
  `${objectName}Id`;
