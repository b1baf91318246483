const capitalize = (value: string): string =>
  value.charAt(0).toUpperCase() + value.slice(1);

// `name` + `firstName` → `nameFirstName`
export const computeCompositeColumnName = ({
  fieldName,
  subFieldName,
}: {
  fieldName: string;
  subFieldName: string;
}): string => `${fieldName}${capitalize(subFieldName)}`;
