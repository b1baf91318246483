const VERSION_PREFIX = /^(\d+\.\d+\.\d+)_/;

// Twenty names each upgrade command "<version>_<class>_<timestamp>" in
// core."upgradeMigration"; the release is the part before the first "_".
export const parseUpgradeMigrationVersion = (name: string): string | null =>
  VERSION_PREFIX.exec(name)?.[1] ?? null;
