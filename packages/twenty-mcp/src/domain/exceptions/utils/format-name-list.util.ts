// `a, b, c` (or `none`), for "use one of: …" messages.
export const formatNameList = (names: readonly string[]): string =>
  names.length === 0 ? 'none' : names.join(', ');
