// The props BlockNote gives every default block.
export const BLOCKNOTE_DEFAULT_PROPS = {
  textColor: 'default',
  backgroundColor: 'default',
  textAlignment: 'left',
} as const;
