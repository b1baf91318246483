// The object's core."objectMetadata" row as Twenty's entity names its
// columns, plus `fieldIds` and `applicationUniversalIdentifier` as Twenty's
// flat object metadata has them: what a WorkspaceEventBatch carries.
export type TwentyObjectMetadata = Record<string, unknown> & {
  id: string;
  nameSingular: string;
  isAuditLogged: boolean;
};
