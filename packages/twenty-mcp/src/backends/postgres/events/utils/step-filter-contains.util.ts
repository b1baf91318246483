// JavaScript's `includes` on a string (the item as text) or a list
// (SameValueZero), which Twenty's engine relies on.
const includes = (container: string | unknown[], item: unknown): boolean =>
  typeof container === 'string'
    ? container.includes(String(item))
    : container.includes(item);

// "Contains" as Twenty's workflow filter engine decides it: two lists share
// an item; text or a list against text holding a JSON list contains one of
// its items, against other JSON text the parsed value, against text that is
// not JSON the text itself; anything else compares as text.
export const stepFilterContains = (left: unknown, right: unknown): boolean => {
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.some((item) => right.includes(item));
  }

  if (
    (Array.isArray(left) || typeof left === 'string') &&
    typeof right === 'string'
  ) {
    let parsed: unknown;

    try {
      parsed = JSON.parse(right);
    } catch {
      return includes(left, right);
    }

    return Array.isArray(parsed)
      ? parsed.some((item) => includes(left, item))
      : includes(left, parsed);
  }

  return String(left).includes(String(right));
};
