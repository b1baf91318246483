import { screen, waitFor, within } from '@testing-library/react';
import { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import {
  ADMIN,
  CONSULTANT,
  GLOBEX,
  MEMBER,
  NORTHWIND,
} from '../../../../test/utils/settings-fixtures';

const fillIn = async (user: UserEvent, email: string, password: string) => {
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
};

describe('SignInPage', () => {
  it('should sign in with email and password and show the settings shell', async () => {
    const { api, user } = renderSettingsPage({ signedInAs: null });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sign in to MCP settings',
      }),
    ).toBeInTheDocument();

    await fillIn(user, ADMIN.email, ADMIN.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Overview' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('navigation', { name: 'MCP settings' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Priya Patel')).toBeInTheDocument();
    expect(screen.getByText('Admin · Northwind')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible();

    expect(api.callsOf('SignIn')).toHaveLength(1);
    expect(api.lastVariables('SignIn')).toEqual({
      input: { email: ADMIN.email, password: ADMIN.password },
    });
    // The token signIn returned authenticates what follows.
    const [viewerCall] = api.callsOf('McpViewer');
    expect(viewerCall.token).toMatch(/^access-/);
    // The heading shows before the page's settings query is sent.
    await waitFor(() =>
      expect(api.callsOf('McpSettings')[0]?.token).toBe(viewerCall.token),
    );
  });

  it('should show the API error and stay on the form when the password is wrong', async () => {
    const { api, user } = renderSettingsPage({ signedInAs: null });

    await fillIn(user, ADMIN.email, 'not-the-password');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Wrong email or password.',
    );
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Sign in to MCP settings',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue(ADMIN.email);
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
    expect(api.callsOf('McpViewer')).toHaveLength(0);
  });

  it('should let a member of several workspaces pick one and sign in to it', async () => {
    const { api, user } = renderSettingsPage({ signedInAs: null });

    await fillIn(user, CONSULTANT.email, CONSULTANT.password);
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const picker = await screen.findByRole('group', { name: 'Workspace' });
    const globex = within(picker).getByRole('radio', {
      name: GLOBEX.displayName,
    });
    const northwind = within(picker).getByRole('radio', {
      name: NORTHWIND.displayName,
    });

    expect(globex).toBeChecked();
    expect(globex).toHaveFocus();
    expect(northwind).not.toBeChecked();
    expect(
      screen.queryByRole('heading', { level: 1, name: 'Overview' }),
    ).not.toBeInTheDocument();

    await user.click(northwind);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Overview' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Admin · Northwind')).toBeInTheDocument();
    expect(api.callsOf('SignIn').map((call) => call.variables)).toEqual([
      { input: { email: CONSULTANT.email, password: CONSULTANT.password } },
      {
        input: {
          email: CONSULTANT.email,
          password: CONSULTANT.password,
          workspaceId: NORTHWIND.id,
        },
      },
    ]);
  });

  it('should forget the workspace choice when the email changes', async () => {
    const { api, user } = renderSettingsPage({ signedInAs: null });

    await fillIn(user, CONSULTANT.email, CONSULTANT.password);
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    await screen.findByRole('group', { name: 'Workspace' });

    await user.clear(screen.getByLabelText('Email'));
    await user.type(screen.getByLabelText('Email'), ADMIN.email);

    expect(
      screen.queryByRole('group', { name: 'Workspace' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(api.callsOf('SignIn')).toHaveLength(1);
  });

  it('should show the forbidden page to a role that cannot manage API keys', async () => {
    const { api, user } = renderSettingsPage({ signedInAs: null });

    await fillIn(user, MEMBER.email, MEMBER.password);
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You cannot manage MCP for this workspace',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your role cannot manage API keys',
    );
    expect(
      screen.queryByRole('navigation', { name: 'MCP settings' }),
    ).not.toBeInTheDocument();
    expect(api.callsOf('McpSettings')).toHaveLength(0);

    await user.click(
      screen.getByRole('button', { name: 'Sign in with another account' }),
    );

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sign in to MCP settings',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You are signed out.');
  });

  it('should offer the sign-in through Twenty first when the server has it, the password form after', async () => {
    const { api, user } = renderSettingsPage({
      signedInAs: null,
      settingsPath: '/admin/ai/mcp/',
      twentySignInPath: 'auth/twenty',
    });
    const link = await screen.findByRole('link', {
      name: 'Sign in with Twenty',
    });
    const form = screen.getByRole('form', {
      name: 'Sign in with your Twenty account',
    });

    expect(link).toHaveAttribute(
      'href',
      'http://127.0.0.1:3100/admin/ai/mcp/auth/twenty',
    );
    expect(link).toHaveAccessibleDescription(
      'Use the account you sign in to Twenty with, including Google, Microsoft and SSO accounts.',
    );
    expect(link).toHaveClass('button-primary');
    expect(
      screen.getByText('or use your email and password'),
    ).toBeInTheDocument();
    // The link comes first in reading and tab order.
    expect(
      link.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    const passwordButton = within(form).getByRole('button', {
      name: 'Sign in',
    });

    expect(passwordButton).toHaveClass('button-secondary');
    expect(passwordButton).not.toHaveClass('button-primary');

    await fillIn(user, ADMIN.email, ADMIN.password);
    await user.click(passwordButton);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Overview' }),
    ).toBeInTheDocument();
    expect(api.callsOf('SignIn')).toHaveLength(1);
  });

  it('should offer only the password form when the server has no sign-in through Twenty', async () => {
    renderSettingsPage({ signedInAs: null });

    expect(await screen.findByRole('button', { name: 'Sign in' })).toHaveClass(
      'button-primary',
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(
      screen.queryByText('or use your email and password'),
    ).not.toBeInTheDocument();
  });

  it('should say so when the account belongs to no workspace', async () => {
    const { user } = renderSettingsPage({
      signedInAs: null,
      state: {
        users: [{ ...ADMIN, memberships: [] }],
      },
    });

    await fillIn(user, ADMIN.email, ADMIN.password);
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This account is not a member of any workspace.',
    );
  });
});
