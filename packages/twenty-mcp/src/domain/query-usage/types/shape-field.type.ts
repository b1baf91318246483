// A field as the API names it: `amount` + `amount` for a CURRENCY amount,
// `stage` + null for a plain field. Names, not ids or columns, so a shape
// recorded today is matched against tomorrow's metadata.
export type ShapeField = {
  field: string;
  subField: string | null;
};
