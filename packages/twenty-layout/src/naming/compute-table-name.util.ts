// Custom objects live in `_<nameSingular>` so they can never collide with a
// standard object's table.
export const CUSTOM_OBJECT_TABLE_PREFIX = '_';

export const computeTableName = ({
  nameSingular,
  isCustom,
}: {
  nameSingular: string;
  isCustom: boolean;
}): string =>
  isCustom ? `${CUSTOM_OBJECT_TABLE_PREFIX}${nameSingular}` : nameSingular;
