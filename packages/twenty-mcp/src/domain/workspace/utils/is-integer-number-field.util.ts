import { type FieldSchema } from '../types/workspace-schema.type';

// record-format.md: a NUMBER is an integer when settings say so.
export const isIntegerNumberField = ({
  settings,
}: Pick<FieldSchema, 'settings'>): boolean =>
  settings?.dataType === 'int' ||
  settings?.dataType === 'bigint' ||
  settings?.decimals === 0;
