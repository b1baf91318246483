import { type LayoutIssueKind } from './layout-issue-kind.type';

// objectName is the object's nameSingular. Issues not tied to an object
// use WORKSPACE_ISSUE_OBJECT_NAME, except UNEXPECTED_TABLE which carries the
// table name so callers can allow-list tables they know about.
export type LayoutIssue = {
  objectName: string;
  fieldName?: string;
  kind: LayoutIssueKind;
  message: string;
};
