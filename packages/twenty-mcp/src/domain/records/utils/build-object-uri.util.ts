// twenty://workspace/<id>/objects/<object>
export const buildObjectUri = ({
  workspaceId,
  objectName,
}: {
  workspaceId: string;
  objectName: string;
}): string => `twenty://workspace/${workspaceId}/objects/${objectName}`;
