import { type ClientBase } from 'pg';

import { insertRows } from '../../database/utils/insert-rows.util';
import { type RecordColumnLayout } from '../types/record-column-layout.type';
import { flattenRecord } from '../utils/flatten-record.util';

export const insertRecords = async (
  client: ClientBase,
  {
    schemaName,
    layout,
    records,
  }: {
    schemaName: string;
    layout: RecordColumnLayout;
    records: Record<string, unknown>[];
  },
): Promise<void> => {
  await insertRows(client, {
    schema: schemaName,
    table: layout.tableName,
    rows: records.map((record) => flattenRecord(layout, record)),
    jsonbColumns: [...layout.jsonbColumns],
  });
};
