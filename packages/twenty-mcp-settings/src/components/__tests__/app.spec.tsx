import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../test/utils/render-settings-page';
import { CONSULTANT, MEMBER } from '../../../test/utils/settings-fixtures';

// Every element a user can operate, by what it is rather than how it looks.
const CONTROLS =
  'a[href], button, input, select, textarea, [role="switch"], [tabindex="0"]';

// Each control needs a name assistive technology can announce; the count
// keeps the check from passing on a page that rendered nothing.
const expectEveryControlNamed = (minimumCount: number) => {
  const controls = [...document.body.querySelectorAll<HTMLElement>(CONTROLS)];

  expect(controls.length).toBeGreaterThanOrEqual(minimumCount);
  for (const control of controls) {
    expect(control, control.outerHTML).toHaveAccessibleName();
  }
};

describe('App', () => {
  it('should name every control of the sign-in form and workspace picker', async () => {
    const { user } = renderSettingsPage({ signedInAs: null });

    await user.type(await screen.findByLabelText('Email'), CONSULTANT.email);
    await user.type(screen.getByLabelText('Password'), CONSULTANT.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('group', { name: 'Workspace' });

    expectEveryControlNamed(5);
  });

  it('should name every control of the sign-in page with the sign-in through Twenty', async () => {
    renderSettingsPage({ signedInAs: null, twentySignInPath: 'auth/twenty' });

    await screen.findByRole('link', { name: 'Sign in with Twenty' });

    expectEveryControlNamed(4);
  });

  it('should name every control of the forbidden page', async () => {
    renderSettingsPage({ signedInAs: MEMBER.email });

    await screen.findByRole('button', { name: 'Sign in with another account' });

    expectEveryControlNamed(1);
  });

  it('should name every control of the overview', async () => {
    renderSettingsPage();

    await screen.findByRole('switch', { name: 'Serve MCP for this workspace' });

    expectEveryControlNamed(13);
  });

  it('should name every control of the tokens page, its secret and its dialog', async () => {
    const { user } = renderSettingsPage({ route: 'tokens' });
    const form = await screen.findByRole('form', { name: 'Issue a token' });

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'A');
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));
    await screen.findByRole('textbox', { name: 'New token' });
    await user.click(
      within(form).getByRole('radio', { name: 'Only the objects I pick' }),
    );
    await user.click(screen.getByRole('button', { name: 'Revoke “A”' }));
    await screen.findByRole('dialog');

    // The default role (Sales) offers two scopes, not four.
    expectEveryControlNamed(23);
  });

  it('should name every control of the exposure grid and its fields', async () => {
    const { user } = renderSettingsPage({ route: 'exposure' });

    for (const name of [
      'All visible, fields of People',
      '1 hidden, fields of Companies',
      'All visible, fields of Pets',
    ]) {
      await user.click(await screen.findByRole('button', { name }));
    }

    expectEveryControlNamed(29);
  });

  it('should name every control of the preview and its result', async () => {
    const { user } = renderSettingsPage({ route: 'preview' });

    await user.click(
      await screen.findByRole('radio', { name: 'Only the objects I pick' }),
    );
    await screen.findByRole('region', { name: 'tools/list JSON' });

    expectEveryControlNamed(20);
  });
});
