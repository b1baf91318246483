import { type ClientBase } from 'pg';

import { insertRows } from '../../database/utils/insert-rows.util';
import { type WorkspaceMetadata } from '../../metadata/types/workspace-metadata.type';

// Writes metadata rows the way Twenty's metadata services leave them in
// core; the relation pair FK between fields is deferred until commit.
export const insertWorkspaceMetadata = async (
  client: ClientBase,
  metadata: WorkspaceMetadata,
): Promise<void> => {
  await insertRows(client, {
    schema: 'core',
    table: 'objectMetadata',
    rows: metadata.objects.map(
      ({
        isCustom: _isCustom,
        fields: _fields,
        indexes: _indexes,
        ...object
      }) => object,
    ),
    jsonbColumns: ['duplicateCriteria'],
  });
  await insertRows(client, {
    schema: 'core',
    table: 'fieldMetadata',
    rows: metadata.objects.flatMap((object) => object.fields),
    jsonbColumns: ['defaultValue', 'options', 'settings'],
  });
  await insertRows(client, {
    schema: 'core',
    table: 'indexMetadata',
    rows: metadata.objects.flatMap((object) =>
      object.indexes.map(({ fields: _fields, ...index }) => index),
    ),
  });
  await insertRows(client, {
    schema: 'core',
    table: 'indexFieldMetadata',
    rows: metadata.objects.flatMap((object) =>
      object.indexes.flatMap((index) => index.fields),
    ),
  });
};
