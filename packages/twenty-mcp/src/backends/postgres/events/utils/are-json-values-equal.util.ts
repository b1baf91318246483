// Deep equality of JSON values (what records and filter values are), as
// Twenty's engine decides "is" for text and list filters: same primitives,
// lists equal item by item, objects with the same keys and equal values.
export const areJsonValuesEqual = (left: unknown, right: unknown): boolean => {
  if (Object.is(left, right) || left === right) {
    return true;
  }

  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => areJsonValuesEqual(item, right[index]))
    );
  }

  if (
    left === null ||
    right === null ||
    typeof left !== 'object' ||
    typeof right !== 'object'
  ) {
    return false;
  }

  const leftKeys = Object.keys(left);
  const rightRecord = right as Record<string, unknown>;

  return (
    leftKeys.length === Object.keys(right).length &&
    leftKeys.every(
      (key) =>
        Object.prototype.hasOwnProperty.call(right, key) &&
        areJsonValuesEqual(
          (left as Record<string, unknown>)[key],
          rightRecord[key],
        ),
    )
  );
};
