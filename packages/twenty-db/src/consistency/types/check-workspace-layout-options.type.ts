export type CheckWorkspaceLayoutOptions = {
  // Default expressions are only compared on request: pg_get_expr rewrites
  // them and real Twenty databases carry historical variants.
  strictDefaults?: boolean;
  reportUnexpectedTables?: boolean;
};
