import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import { ADMIN } from '../../../../test/utils/settings-fixtures';

const TOKEN_KEY = 'twenty-mcp.settings.token';

describe('AppShell', () => {
  it('should restore the session this tab signed in with', async () => {
    const { api } = renderSettingsPage({ signedInAs: ADMIN.email });

    expect(screen.getByRole('status')).toHaveTextContent(
      'Checking your session…',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Overview' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Priya Patel')).toBeInTheDocument();
    expect(
      screen.queryByText('Signed in through Twenty'),
    ).not.toBeInTheDocument();
    expect(api.callsOf('SignIn')).toHaveLength(0);
  });

  it('should reuse the session of Twenty’s own front end', async () => {
    renderSettingsPage({ signedInAs: null, twentySessionAs: ADMIN.email });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Overview' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Signed in through Twenty')).toBeInTheDocument();
  });

  it('should ask to sign in again when the stored session has expired', async () => {
    renderSettingsPage({
      signedInAs: ADMIN.email,
      beforeRender: (api) => api.expireSessions(),
    });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sign in to MCP settings',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your session has expired. Sign in again.',
    );
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('should sign out and not fall back on Twenty’s session', async () => {
    const { user } = renderSettingsPage({
      signedInAs: null,
      twentySessionAs: ADMIN.email,
    });

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sign in to MCP settings',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You are signed out.');
  });

  it('should stay signed out when a request made before signing out fails afterwards', async () => {
    let held: { release: () => void } | undefined;
    const { api, user } = renderSettingsPage({
      beforeRender: (fakeApi) => {
        held = fakeApi.hold('McpSettings');
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    // The Overview's query, sent before, now answers UNAUTHENTICATED.
    api.expireSessions();
    held!.release();

    await expect(
      screen.findByText(
        'Your session has expired. Sign in again.',
        {},
        { timeout: 300 },
      ),
    ).rejects.toThrow();
    expect(screen.getByRole('status')).toHaveTextContent('You are signed out.');
    expect(api.callsOf('McpSettings')).toHaveLength(1);
  });

  it('should navigate between pages with the navigation links', async () => {
    const { user } = renderSettingsPage();
    const nav = await screen.findByRole('navigation', { name: 'MCP settings' });

    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(within(nav).getByRole('link', { name: 'Tokens' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tokens' }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/settings/mcp/tokens');
    expect(document.title).toBe('Tokens · MCP · Settings');
    expect(within(nav).getByRole('link', { name: 'Tokens' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      within(nav).getByRole('link', { name: 'Overview' }),
    ).not.toHaveAttribute('aria-current');

    window.history.back();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Overview' }),
    ).toBeInTheDocument();
  });

  it('should serve its routes and call its API under any settings path', async () => {
    const { api } = renderSettingsPage({
      settingsPath: '/admin/ai/mcp/',
      route: 'exposure',
    });
    const nav = await screen.findByRole('navigation', { name: 'MCP settings' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exposure' }),
    ).toBeInTheDocument();
    expect(
      within(nav).getByRole('link', { name: 'What the AI sees' }),
    ).toHaveAttribute('href', '/admin/ai/mcp/preview');
    expect(new Set(api.calls.map((call) => call.url))).toEqual(
      new Set(['http://127.0.0.1:3100/admin/ai/mcp/graphql']),
    );
  });

  it('should show a not-found page for an unknown route', async () => {
    renderSettingsPage({ route: 'no-such-page' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
