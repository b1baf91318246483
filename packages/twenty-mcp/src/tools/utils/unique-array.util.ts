import { z } from 'zod';

// An array whose items are distinct (JSON Schema's uniqueItems, checked).
export const uniqueArray = <Item extends z.ZodType>(item: Item) =>
  z
    .array(item)
    .refine((items) => new Set(items).size === items.length, {
      message: 'must NOT have duplicate items',
    })
    .meta({ uniqueItems: true });
