import { once } from 'node:events';

import { type ClientBase, escapeIdentifier } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { type RecordColumnLayout } from '../types/record-column-layout.type';
import { flattenRecord } from '../utils/flatten-record.util';
import { toCsvValue } from '../utils/to-csv-value.util';

// Streams records into one table with COPY, batch by batch, respecting
// backpressure. The column list comes from the first batch; a later record
// naming another column is a generator bug and fails loudly.
export const copyRecords = async (
  client: ClientBase,
  {
    schemaName,
    layout,
    batches,
    onRows,
  }: {
    schemaName: string;
    layout: RecordColumnLayout;
    batches: Iterable<Record<string, unknown>[]>;
    onRows?: (count: number) => void;
  },
): Promise<number> => {
  let columns: string[] | null = null;
  let stream: ReturnType<typeof copyFrom> | null = null;
  let total = 0;

  for (const batch of batches) {
    const rows = batch.map((record) => flattenRecord(layout, record));

    if (!columns) {
      columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
      stream = client.query(
        copyFrom(
          `COPY ${escapeIdentifier(schemaName)}.${escapeIdentifier(layout.tableName)} (${columns
            .map(escapeIdentifier)
            .join(', ')}) FROM STDIN WITH (FORMAT csv)`,
        ),
      );
    }

    const known = new Set(columns);
    const lines = rows.map((row) => {
      for (const key of Object.keys(row)) {
        if (!known.has(key)) {
          throw new Error(
            `${layout.tableName}: column "${key}" appeared after the first batch`,
          );
        }
      }

      return `${columns!
        .map((column) =>
          toCsvValue(row[column], layout.jsonbColumns.has(column)),
        )
        .join(',')}\n`;
    });

    if (!stream!.write(lines.join(''))) {
      await once(stream!, 'drain');
    }

    total += rows.length;
    onRows?.(rows.length);
  }

  if (stream) {
    stream.end();
    await once(stream, 'finish');
  }

  return total;
};
