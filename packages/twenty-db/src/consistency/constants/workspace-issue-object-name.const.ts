// objectName of issues about the workspace schema as a whole.
export const WORKSPACE_ISSUE_OBJECT_NAME = '(workspace)';
