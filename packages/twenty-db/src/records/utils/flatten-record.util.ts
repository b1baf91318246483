import { type RecordColumnLayout } from '../types/record-column-layout.type';

// { name: { firstName: 'Ada' }, companyId } → { nameFirstName: 'Ada', companyId }
export const flattenRecord = (
  layout: RecordColumnLayout,
  record: Record<string, unknown>,
): Record<string, unknown> => {
  const row: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(record)) {
    const composite = layout.compositeColumns.get(key);

    if (composite) {
      if (value === null || value === undefined) {
        continue;
      }

      for (const [subFieldName, subValue] of Object.entries(
        value as Record<string, unknown>,
      )) {
        const column = composite.get(subFieldName);

        if (!column) {
          throw new Error(
            `${layout.tableName}.${key} has no sub-field "${subFieldName}"`,
          );
        }

        row[column] = subValue;
      }
    } else if (layout.plainColumns.has(key)) {
      row[key] = value;
    } else if (layout.generatedColumns.has(key)) {
      throw new Error(
        `${layout.tableName}.${key} is generated and cannot be written`,
      );
    } else {
      throw new Error(
        `${layout.tableName} has no field or join column "${key}"`,
      );
    }
  }

  return row;
};
