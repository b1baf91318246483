import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';

import { App } from '../../src/components/app';
import { SESSION_STORAGE_KEYS } from '../../src/constants/session-storage-keys.const';
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
  state?: Partial<FakeApiState>;
  settingsPath?: string;
  // Runs once the tab is set up, just before the page loads.
  beforeRender?: (api: FakeSettingsApi) => void;
};

// The page as a browser tab gets it from the module: the <base href> the
// module injects, the URL of a route, fetch answered by a fake settings API.
export const renderSettingsPage = ({
  route = '',
  signedInAs = ADMIN.email,
  twentySessionAs,
  state,
  settingsPath = SETTINGS_PATH,
  beforeRender,
}: RenderSettingsPageOptions = {}): {
  api: FakeSettingsApi;
  user: UserEvent;
} => {
  const api = new FakeSettingsApi(createFakeApiState(state));
  const base = document.createElement('base');

  base.href = settingsPath;
  document.head.prepend(base);
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

  render(<App />);

  return { api, user };
};
