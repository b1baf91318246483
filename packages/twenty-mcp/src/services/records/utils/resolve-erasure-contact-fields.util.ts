import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import {
  type FieldSchema,
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../domain/workspace/types/workspace-schema.type';

const DEFAULT_TYPES = new Set<string>([
  FieldMetadataType.EMAILS,
  FieldMetadataType.PHONES,
]);
const CHOOSABLE_TYPES = new Set<string>([
  ...DEFAULT_TYPES,
  FieldMetadataType.TEXT,
]);

// The fields of other objects where erasing a person clears their
// addresses and numbers: the workspace's list ("object.field"), or by
// default every Emails and Phones field. Only fields the caller can read
// are searched; the person's own object is erased whole.
export const resolveErasureContactFields = ({
  workspace,
  permissions,
  personObjectName,
  configured,
}: {
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  personObjectName: string;
  configured: readonly string[] | null;
}): { object: ObjectSchema; field: FieldSchema }[] => {
  const chosen = configured ? new Set(configured) : null;

  return workspace.objects.flatMap((object) => {
    const access = permissions.objects.get(object.nameSingular);

    if (!access?.canRead || object.nameSingular === personObjectName) {
      return [];
    }

    return object.fields
      .filter(
        (field) =>
          access.readableFieldNames.has(field.name) &&
          (chosen
            ? chosen.has(`${object.nameSingular}.${field.name}`) &&
              CHOOSABLE_TYPES.has(field.type)
            : DEFAULT_TYPES.has(field.type)),
      )
      .map((field) => ({ object, field }));
  });
};
