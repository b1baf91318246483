export type McpFieldExposure = {
  fieldId: string;
  name: string;
  label: string;
  type: string;
  isHidden: boolean;
};
