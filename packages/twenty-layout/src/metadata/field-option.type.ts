export type FieldOption = {
  id?: string;
  value: string;
  label: string;
  position: number;
  color?: string;
};
