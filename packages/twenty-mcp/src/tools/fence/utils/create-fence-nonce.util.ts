import { randomBytes } from 'node:crypto';

import { UNTRUSTED_FENCE } from '../constants/untrusted-fence.const';

// A fresh nonce per response: content stored before the response was built
// cannot know it, so it cannot write the closing marker.
export const createFenceNonce = (): string =>
  randomBytes(UNTRUSTED_FENCE.nonceBytes).toString('base64url');
