import { type McpObjectExposure } from '../types/mcp-object-exposure.type';

export const matchesObjectSearch = (
  object: McpObjectExposure,
  search: string,
): boolean => {
  const needle = search.trim().toLowerCase();

  return (
    needle.length === 0 ||
    [object.labelPlural, object.labelSingular, object.nameSingular].some(
      (text) => text.toLowerCase().includes(needle),
    )
  );
};
