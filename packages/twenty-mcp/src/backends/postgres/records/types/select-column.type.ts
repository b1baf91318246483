// One entry of a SELECT / RETURNING list: `<expression> AS "<alias>"`.
export type SelectColumn = {
  expression: string;
  alias: string;
};
