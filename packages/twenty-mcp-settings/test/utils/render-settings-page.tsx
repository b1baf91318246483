import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';

import { App } from '../../src/components/app';
import { SESSION_STORAGE_KEYS } from '../../src/constants/session-storage-keys.const';
import { TWENTY_SIGN_IN_META_NAME } from '../../src/constants/twenty-sign-in-meta-name.const';
import { type FakeApiState, FakeSettingsApi } from './fake-settings-api';
import { ADMIN, createFakeApiState } from './settings-fixtures';

export const SETTINGS_PATH = '/settings/mcp/';

export type RenderSettingsPageOptions = {
  // The route under the settings path: '', 'tokens', 'exposure', 'preview'.
  route?: string;
  // Signed in with this page's own sign-in earlier in the tab (a token in
  // sessionStorage), or not signed in (null).
  signedInAs?: string | null;
  // Signed in to Twenty's own front end on the same origin.
  twentySessionAs?: string;
  // The sign-in through Twenty the server offers: the content of its <meta>,
  // relative to the settings path.
  twentySignInPath?: string;
  state?: Partial<FakeApiState>;
  settingsPath?: string;
  // Rendered in StrictMode, as main.tsx does: in development React runs
  // each effect twice.
  strictMode?: boolean;
  // Runs once the tab is set up, just before the page loads.
  beforeRender?: (api: FakeSettingsApi) => void;
};

// The page as a browser tab gets it from the module: the <base href> (and
// the Twenty sign-in <meta>) the module injects, the URL of a route, fetch answered by a fake settings API.
export const renderSettingsPage = ({
  route = '',
  signedInAs = ADMIN.email,
  twentySessionAs,
  twentySignInPath,
  state,
  settingsPath = SETTINGS_PATH,
  strictMode = false,
  beforeRender,
}: RenderSettingsPageOptions = {}): {
  api: FakeSettingsApi;
  user: UserEvent;
} => {
  const api = new FakeSettingsApi(createFakeApiState(state));
  const base = document.createElement('base');

  base.href = settingsPath;
  document.head.prepend(base);

  if (twentySignInPath) {
    const meta = document.createElement('meta');

    meta.name = TWENTY_SIGN_IN_META_NAME;
    meta.content = twentySignInPath;
    document.head.append(meta);
  }
  window.history.replaceState(null, '', `${settingsPath}${route}`);
  vi.stubGlobal('fetch', api.fetch);

  if (signedInAs) {
    sessionStorage.setItem(
      SESSION_STORAGE_KEYS.token,
      api.createSession(signedInAs),
    );
  }

  if (twentySessionAs) {
    const pair = {
      accessOrWorkspaceAgnosticToken: {
        token: api.createSession(twentySessionAs),
      },
    };

    document.cookie = `tokenPair=${encodeURIComponent(JSON.stringify(pair))}; path=/`;
  }

  beforeRender?.(api);

  const user = userEvent.setup();

  render(
    strictMode ? (
      <StrictMode>
        <App />
      </StrictMode>
    ) : (
      <App />
    ),
  );

  return { api, user };
};
