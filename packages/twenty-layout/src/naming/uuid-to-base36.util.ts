// Twenty derives workspace schema names from the workspace id this way:
// the 128-bit uuid as one big integer, written in lower-case base 36.
export const uuidToBase36 = (uuid: string): string => {
  const hex = uuid.replace(/-/g, '');

  if (!/^[0-9a-fA-F]{32}$/.test(hex)) {
    throw new Error(`"${uuid}" is not a uuid`);
  }

  return BigInt(`0x${hex}`).toString(36);
};
