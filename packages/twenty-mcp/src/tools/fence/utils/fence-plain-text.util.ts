import { FENCE_MARKER_START } from '../constants/fence-marker-start.const';
import { UNTRUSTED_FENCE } from '../constants/untrusted-fence.const';

// One untrusted string fenced as plain text (a resource link's title), not
// JSON: there is no escape to hide a marker-like `<` in, so it becomes `‹`.
// The exact value is in the record itself.
export const fencePlainText = (value: string, nonce: string): string => {
  const marker = `${UNTRUSTED_FENCE.tag}-${nonce}`;

  return value === ''
    ? value
    : `<${marker}>${value.replace(FENCE_MARKER_START, '‹')}</${marker}>`;
};
