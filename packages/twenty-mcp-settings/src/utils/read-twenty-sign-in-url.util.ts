import { TWENTY_SIGN_IN_META_NAME } from '../constants/twenty-sign-in-meta-name.const';

// The absolute URL that starts the sign-in through Twenty, or null when the
// server offers none (no Twenty URL configured).
export const readTwentySignInUrl = (
  doc: Document = document,
): string | null => {
  const content = doc
    .querySelector<HTMLMetaElement>(`meta[name="${TWENTY_SIGN_IN_META_NAME}"]`)
    ?.content.trim();

  if (!content) {
    return null;
  }

  try {
    const url = new URL(content, doc.baseURI);

    // Only a web page may become the link's href, never javascript: or data:.
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url.href
      : null;
  } catch {
    return null;
  }
};
