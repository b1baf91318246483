import { posix } from 'node:path';

import { type SettingsPageTarget } from '../types/settings-page-target.type';

// The GraphQL API shares the settings path; it is someone else's route.
const API_SEGMENT = 'graphql';

export const resolveSettingsPageTarget = ({
  pathname,
  settingsPath,
}: {
  pathname: string;
  settingsPath: string;
}): SettingsPageTarget => {
  if (pathname !== settingsPath && !pathname.startsWith(`${settingsPath}/`)) {
    return { kind: 'pass' };
  }

  const rest = pathname.slice(settingsPath.length + 1);

  if (rest.split('/')[0] === API_SEGMENT) {
    return { kind: 'pass' };
  }

  let decoded: string;

  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return { kind: 'not-found' };
  }

  const lastSegment = decoded.split('/').pop() ?? '';

  // Routes have no extension; files do.
  if (!lastSegment.includes('.') || decoded === 'index.html') {
    return { kind: 'page' };
  }

  const relativePath = posix.normalize(decoded);

  if (
    relativePath.startsWith('..') ||
    posix.isAbsolute(relativePath) ||
    decoded.includes('\\') ||
    decoded.includes('\0')
  ) {
    return { kind: 'not-found' };
  }

  return {
    kind: 'file',
    relativePath,
    isHashedAsset: relativePath.startsWith('assets/'),
  };
};
