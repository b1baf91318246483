// The MANY_TO_ONE side of a relation owns `<fieldName>Id`.
export const computeJoinColumnName = (fieldName: string): string =>
  `${fieldName}Id`;
