import { FENCE_MARKER_START } from '../constants/fence-marker-start.const';
import { UNTRUSTED_FENCE } from '../constants/untrusted-fence.const';

// One untrusted string as a JSON string literal whose content sits between
// the markers. A marker-like `<` inside is written as the JSON escape
// \u003c: the text never shows a marker the server did not write, and
// JSON.parse still gives back the exact characters.
export const fenceString = (value: string, nonce: string): string => {
  if (value === '') {
    // Nothing to say, nothing to fence.
    return '""';
  }

  const literal = JSON.stringify(value).replace(FENCE_MARKER_START, '\\u003c');
  const marker = `${UNTRUSTED_FENCE.tag}-${nonce}`;

  return `"<${marker}>${literal.slice(1, -1)}</${marker}>"`;
};
