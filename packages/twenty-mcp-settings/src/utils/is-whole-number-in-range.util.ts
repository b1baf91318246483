// What a number field's text must be for the settings API: digits only (no
// sign, decimals or exponent), between the API's bounds.
export const isWholeNumberInRange = (
  text: string,
  { min, max }: { min: number; max: number },
): boolean => /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max;
