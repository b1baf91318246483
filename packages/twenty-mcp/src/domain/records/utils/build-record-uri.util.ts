// twenty://workspace/<id>/records/<object>/<record id>
export const buildRecordUri = ({
  workspaceId,
  objectName,
  recordId,
}: {
  workspaceId: string;
  objectName: string;
  recordId: string;
}): string =>
  `twenty://workspace/${workspaceId}/records/${objectName}/${recordId}`;
