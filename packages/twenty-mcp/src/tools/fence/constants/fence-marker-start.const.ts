import { UNTRUSTED_FENCE } from './untrusted-fence.const';

// A `<` that would start an opening or closing marker, whatever the case or
// spacing: `<untrusted-`, `</untrusted-`, `< / UNTRUSTED-`…
export const FENCE_MARKER_START = new RegExp(
  `<(?=\\s*/?\\s*${UNTRUSTED_FENCE.tag}-)`,
  'gi',
);
