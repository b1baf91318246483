import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ObjectDescription } from '../../../metadata/types/object-description.type';

// `count` small custom objects (a name and three typed fields each), for
// measuring how a workspace's size in objects, not in records, changes the
// cost of a call. Names are numbered so they sort and never collide with a
// standard object.
export const buildFillerObjects = (count: number): ObjectDescription[] =>
  Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');

    return {
      nameSingular: `filler${number}`,
      namePlural: `filler${number}s`,
      labelSingular: `Filler ${number}`,
      labelPlural: `Fillers ${number}`,
      description: `Generated object ${number}`,
      icon: 'IconBox',
      isCustom: true,
      isSearchable: true,
      labelIdentifierFieldName: 'name',
      searchFieldNames: ['name'],
      fields: [
        { name: 'name', type: FieldMetadataType.TEXT, label: 'Name' },
        { name: 'quantity', type: FieldMetadataType.NUMBER, label: 'Quantity' },
        { name: 'dueAt', type: FieldMetadataType.DATE_TIME, label: 'Due at' },
        {
          name: 'status',
          type: FieldMetadataType.SELECT,
          label: 'Status',
          options: [
            { value: 'OPEN', label: 'Open', color: 'green', position: 0 },
            { value: 'DONE', label: 'Done', color: 'gray', position: 1 },
          ],
        },
      ],
    };
  });
