// Tables and columns whose presence dates a Twenty database, each with the
// release whose upgrade command created it (docs/twenty-tokens.md cites
// each command). Twenty >= 1.23 records no version of its own in the
// workspace row, so a database without core."upgradeMigration" can only be
// dated by what its core schema holds.
export const TWENTY_VERSION_MARKERS = [
  { since: '1.21.0', table: 'upgradeMigration', column: null },
  { since: '2.5.0', table: 'signingKey', column: null },
  { since: '2.13.0', table: 'fieldMetadata', column: 'isUIEditable' },
  { since: '2.32.0', table: 'fieldMetadata', column: 'writability' },
] as const;

export type TwentyVersionMarker = (typeof TWENTY_VERSION_MARKERS)[number];
