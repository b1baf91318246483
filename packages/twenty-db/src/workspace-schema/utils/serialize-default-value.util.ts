import { escapeLiteral } from 'pg';

const QUOTED_STRING = /^'(.*)'$/s;

const unquote = (value: string, context: string): string => {
  const match = QUOTED_STRING.exec(value);

  if (!match) {
    throw new Error(
      `${context}: string defaults must be SQL-quoted in metadata ("'value'"), got ${JSON.stringify(value)}`,
    );
  }

  return match[1];
};

// Turns a metadata defaultValue (Twenty's jsonb form) into a SQL DEFAULT
// expression cast to the column type, or null for "no default".
export const serializeDefaultValue = ({
  defaultValue,
  castType,
  isArray,
  context,
}: {
  defaultValue: unknown;
  castType: string;
  isArray: boolean;
  context: string;
}): string | null => {
  if (defaultValue === null || defaultValue === undefined) {
    return null;
  }

  if (defaultValue === 'uuid') {
    return 'public.uuid_generate_v4()';
  }

  if (defaultValue === 'now') {
    return 'now()';
  }

  if (Array.isArray(defaultValue)) {
    const items = defaultValue.map((item) =>
      escapeLiteral(unquote(String(item), context)),
    );

    return `ARRAY[${items.join(', ')}]::${castType}[]`;
  }

  if (isArray) {
    throw new Error(`${context}: an array column needs an array default`);
  }

  if (typeof defaultValue === 'string') {
    return `${escapeLiteral(unquote(defaultValue, context))}::${castType}`;
  }

  if (typeof defaultValue === 'number' || typeof defaultValue === 'boolean') {
    return `${escapeLiteral(String(defaultValue))}::${castType}`;
  }

  return `${escapeLiteral(JSON.stringify(defaultValue))}::jsonb`;
};
