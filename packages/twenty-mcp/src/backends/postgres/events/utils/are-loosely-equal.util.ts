// An object compared with a primitive is compared through its text (lists
// join their items, other objects read "[object Object]").
const toPrimitive = (value: object): string => String(value);

// JavaScript's loose equality (`==`) on JSON values, which Twenty's engine
// uses for "is" on filter types it has no rule for: null and undefined equal
// each other only, numbers and text compare as numbers, booleans as 0 / 1,
// objects through their text when compared with a primitive, and by
// identity with each other.
export const areLooselyEqual = (left: unknown, right: unknown): boolean => {
  if (
    left === null ||
    left === undefined ||
    right === null ||
    right === undefined
  ) {
    return (
      (left === null || left === undefined) &&
      (right === null || right === undefined)
    );
  }

  if (typeof left === typeof right) {
    return left === right;
  }

  if (typeof left === 'boolean') {
    return areLooselyEqual(Number(left), right);
  }

  if (typeof right === 'boolean') {
    return areLooselyEqual(left, Number(right));
  }

  if (typeof left === 'object') {
    return areLooselyEqual(toPrimitive(left), right);
  }

  if (typeof right === 'object') {
    return areLooselyEqual(left, toPrimitive(right));
  }

  // A number and a string.
  return Number(left) === Number(right);
};
