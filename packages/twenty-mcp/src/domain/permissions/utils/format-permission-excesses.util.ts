import { type PermissionExcess } from '../types/permission-excess.type';

const MAX_OBJECTS_NAMED = 6;

// One line naming what exceeds, e.g. "beyond records: all settings;
// Companies: delete, destroy; People: delete, destroy; and 9 more objects".
export const formatPermissionExcesses = (
  excesses: readonly PermissionExcess[],
): string => {
  const named = excesses
    .slice(0, MAX_OBJECTS_NAMED)
    .map(
      ({ objectLabel, rights }) =>
        `${objectLabel ?? 'beyond records'}: ${rights.join(', ')}`,
    );
  const more = excesses.length - named.length;

  return [
    ...named,
    ...(more > 0 ? [`and ${more} more object${more === 1 ? '' : 's'}`] : []),
  ].join('; ');
};
