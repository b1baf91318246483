import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import {
  renderSettingsPage,
  SETTINGS_PATH,
} from '../../../test/utils/render-settings-page';
import { ADMIN, MEMBER } from '../../../test/utils/settings-fixtures';
import { App } from '../../components/app';

const TOKEN_KEY = 'twenty-mcp.settings.token';
const IGNORE_TWENTY_SESSION_KEY = 'twenty-mcp.settings.ignore-twenty-session';

// Where the server sends the browser back to after Twenty's sign-in.
const returnFromTwenty = (fragment: string) =>
  window.history.replaceState(null, '', `${SETTINGS_PATH}#${fragment}`);

const expectSignInPage = async () =>
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Sign in to MCP settings',
    }),
  ).toBeInTheDocument();

describe('SessionProvider', () => {
  describe('back from Twenty’s sign-in', () => {
    it('should sign in with the token it gave, keep it for the tab and take it out of the address', async () => {
      let token = '';
      const { api } = renderSettingsPage({
        signedInAs: null,
        beforeRender: (fakeApi) => {
          token = fakeApi.createSession(ADMIN.email);
          returnFromTwenty(`twentyAccessToken=${encodeURIComponent(token)}`);
        },
      });

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Overview' }),
      ).toBeInTheDocument();
      expect(screen.getByText('Priya Patel')).toBeInTheDocument();
      expect(api.callsOf('McpViewer').map((call) => call.token)).toContain(
        token,
      );
      // The heading shows before the page's settings query is sent.
      await waitFor(() =>
        expect(api.callsOf('McpSettings')[0]?.token).toBe(token),
      );
      expect(window.location.href).toBe(
        `http://127.0.0.1:3100${SETTINGS_PATH}`,
      );
      expect(sessionStorage.getItem(TOKEN_KEY)).toBe(token);

      // A reload of the tab keeps the session.
      cleanup();
      render(<App />);

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Overview' }),
      ).toBeInTheDocument();
      expect(api.callsOf('McpViewer').at(-1)?.token).toBe(token);
    });

    it('should win over the token this tab signed in with before, and undo “Sign out” of Twenty’s session', async () => {
      let token = '';
      const { api } = renderSettingsPage({
        signedInAs: MEMBER.email,
        beforeRender: (fakeApi) => {
          sessionStorage.setItem(IGNORE_TWENTY_SESSION_KEY, 'true');
          token = fakeApi.createSession(ADMIN.email);
          returnFromTwenty(`twentyAccessToken=${encodeURIComponent(token)}`);
        },
      });

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Overview' }),
      ).toBeInTheDocument();
      expect(
        new Set(api.callsOf('McpViewer').map((call) => call.token)),
      ).toEqual(new Set([token]));
      expect(sessionStorage.getItem(TOKEN_KEY)).toBe(token);
      expect(sessionStorage.getItem(IGNORE_TWENTY_SESSION_KEY)).toBeNull();
    });

    it('should show the error it sent on the sign-in page and take it out of the address', async () => {
      const { api } = renderSettingsPage({
        signedInAs: null,
        twentySignInPath: 'auth/twenty',
        beforeRender: () => returnFromTwenty('signInError=cancelled'),
      });

      await expectSignInPage();
      expect(screen.getByRole('status')).toHaveTextContent(
        'Signing in with Twenty was cancelled.',
      );
      expect(
        screen.getByRole('link', { name: 'Sign in with Twenty' }),
      ).toBeInTheDocument();
      expect(window.location.href).toBe(
        `http://127.0.0.1:3100${SETTINGS_PATH}`,
      );
      expect(api.calls).toHaveLength(0);
    });

    it('should keep the error when StrictMode runs the start-up twice', async () => {
      renderSettingsPage({
        signedInAs: null,
        strictMode: true,
        beforeRender: () => returnFromTwenty('signInError=unavailable'),
      });

      await expectSignInPage();
      expect(screen.getByRole('status')).toHaveTextContent(
        'Twenty cannot be reached to sign you in right now.',
      );
      expect(window.location.hash).toBe('');
    });

    it('should say Twenty’s sign-in gave no access when the API refuses its token', async () => {
      renderSettingsPage({
        signedInAs: null,
        beforeRender: () =>
          returnFromTwenty('twentyAccessToken=not-a-session-of-this-api'),
      });

      await expectSignInPage();
      expect(screen.getByRole('status')).toHaveTextContent(
        'Twenty’s sign-in did not give access to the MCP settings. Sign in again.',
      );
      expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
      expect(window.location.hash).toBe('');
    });

    it('should show the forbidden page to a role that cannot manage API keys', async () => {
      renderSettingsPage({
        signedInAs: null,
        beforeRender: (fakeApi) =>
          returnFromTwenty(
            `twentyAccessToken=${fakeApi.createSession(MEMBER.email)}`,
          ),
      });

      expect(
        await screen.findByRole('heading', {
          level: 1,
          name: 'You cannot manage MCP for this workspace',
        }),
      ).toBeInTheDocument();
      expect(window.location.hash).toBe('');
    });
  });
});
