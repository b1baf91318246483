export type CreatedWorkspace = {
  id: string;
  schemaName: string;
  standardApplicationId: string;
  customApplicationId: string;
  adminRoleId: string;
  memberRoleId: string;
};
