import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import { getDateInputValue } from '../../../utils/get-date-input-value.util';
import { getEndOfDayIso } from '../../../utils/get-end-of-day-iso.util';

const CLAUDE = 'Claude Desktop on Priya’s laptop';

const findIssueForm = () =>
  screen.findByRole('form', { name: 'Issue a token' });

const getTokenRow = (name: string) =>
  screen.getByRole('row', { name: new RegExp(`^${name}`) });

describe('TokensPage', () => {
  it('should list the tokens with their role, scopes, objects and status', async () => {
    renderSettingsPage({ route: 'tokens' });

    const table = await screen.findByRole('table', { name: 'Issued tokens' });
    const rows = within(table).getAllByRole('row').slice(1);

    expect(
      rows.map((row) => within(row).getByRole('rowheader').textContent),
    ).toEqual([
      `${CLAUDE}tmcp_Ab3dEf7…`,
      'Nightly importertmcp_Xy9zQr2…',
      'Old laptoptmcp_Old0001…',
    ]);

    const claude = getTokenRow(CLAUDE);

    expect(claude).toHaveTextContent('Admin');
    expect(claude).toHaveTextContent('read, write');
    expect(claude).toHaveTextContent('All objects');
    expect(within(claude).getByText('Active')).toBeInTheDocument();
    expect(
      within(claude).getByRole('button', { name: `Revoke “${CLAUDE}”` }),
    ).toBeInTheDocument();

    const importer = getTokenRow('Nightly importer');

    expect(importer).toHaveTextContent('Sales');
    expect(importer).toHaveTextContent('Companies, Deleted object');
    expect(within(importer).getByText('Expired')).toBeInTheDocument();
    expect(within(importer).getAllByRole('cell')[2]).toHaveTextContent('Never');
    expect(within(importer).queryByRole('button')).not.toBeInTheDocument();

    const oldLaptop = getTokenRow('Old laptop');

    expect(oldLaptop).toHaveTextContent('Deleted role');
    expect(oldLaptop).toHaveTextContent('read, delete');
    expect(within(oldLaptop).getByText('Revoked')).toBeInTheDocument();
    expect(within(oldLaptop).queryByRole('button')).not.toBeInTheDocument();
  });

  it('should say when no token was issued yet', async () => {
    renderSettingsPage({ route: 'tokens', state: { tokens: [] } });

    expect(
      await screen.findByText(
        'No token yet. Issue one above to connect a client.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('should issue a token with the defaults and show its secret once', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });
    const form = await findIssueForm();
    const role = within(form).getByRole('combobox', { name: 'Role' });
    const in90Days = new Date();

    in90Days.setDate(in90Days.getDate() + 90);

    const expiresOn = getDateInputValue(in90Days);

    // The least privileged role the issuer may grant; Owner exceeds the
    // issuer and is not offered.
    expect(role).toHaveValue('role-sales');
    expect(
      within(role)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Admin', 'Sales']);
    // Sales cannot delete: its scopes stop at writing.
    expect(
      within(form).getByRole('checkbox', { name: 'Write' }),
    ).not.toBeChecked();
    expect(
      within(form).queryByRole('checkbox', { name: 'Delete' }),
    ).not.toBeInTheDocument();
    expect(
      within(form).queryByRole('checkbox', { name: 'Destroy' }),
    ).not.toBeInTheDocument();
    expect(within(form).getByRole('checkbox', { name: 'Read' })).toBeChecked();
    expect(within(form).getByLabelText('Expires on')).toHaveValue(expiresOn);
    expect(form).toHaveTextContent(
      '90 days from today unless you pick another date',
    );
    expect(
      within(form).getByRole('radio', {
        name: 'Every object the role can reach',
      }),
    ).toBeChecked();

    await user.type(
      within(form).getByRole('textbox', { name: 'Name' }),
      'Cursor on CI',
    );
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));

    const panel = await screen.findByRole('region', {
      name: 'Token “Cursor on CI” issued',
    });
    const secret = within(panel).getByRole('textbox', { name: 'New token' });

    expect(api.callsOf('IssueMcpToken').map((call) => call.variables)).toEqual([
      {
        input: {
          name: 'Cursor on CI',
          roleId: 'role-sales',
          scopes: ['READ'],
          objectIds: null,
          expiresAt: getEndOfDayIso(expiresOn),
        },
      },
    ]);
    expect(secret).toHaveValue('tmcp_Fake1_secret1');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(panel).toHaveTextContent('Copy it now: it will not be shown again.');

    await user.click(
      within(panel).getByRole('button', { name: 'Copy new token' }),
    );

    expect(await navigator.clipboard.readText()).toBe('tmcp_Fake1_secret1');
    expect(
      within(panel).getByRole('button', { name: 'Copied new token' }),
    ).toBeInTheDocument();

    // The new token heads the list, and the form is ready for the next one.
    const table = screen.getByRole('table', { name: 'Issued tokens' });

    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /^Cursor on CItmcp_Fake1…/,
    );
    expect(
      within(getTokenRow('Cursor on CI')).getByText('Active'),
    ).toBeVisible();
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));

    expect(
      screen.queryByRole('region', { name: 'Token “Cursor on CI” issued' }),
    ).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('secret1');
    expect(screen.queryByDisplayValue('tmcp_Fake1_secret1')).toBeNull();
  });

  it('should fill the Overview’s client configurations with the token just issued', async () => {
    const { user } = renderSettingsPage({ route: 'tokens' });
    const form = await findIssueForm();

    await user.type(
      within(form).getByRole('textbox', { name: 'Name' }),
      'VS Code',
    );
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));
    await screen.findByRole('textbox', { name: 'New token' });
    await user.click(screen.getByRole('link', { name: 'Overview' }));

    const section = await screen.findByRole('region', {
      name: 'Connect a client',
    });

    expect(section).toHaveTextContent(
      'Filled in with the token “VS Code” you just issued.',
    );
    expect(
      within(section).getByRole('region', { name: 'Claude Code' }),
    ).toHaveTextContent('--header "Authorization: Bearer tmcp_Fake1_secret1"');
  });

  it('should issue a token with a role, scopes, objects and an expiry date', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });
    const form = await findIssueForm();

    await user.type(
      within(form).getByRole('textbox', { name: 'Name' }),
      '  Sales assistant  ',
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Role' }),
      'Admin',
    );
    await user.click(within(form).getByRole('checkbox', { name: 'Destroy' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Write' }));
    await user.click(
      within(form).getByRole('radio', { name: 'Only the objects I pick' }),
    );

    const allowList = within(form).getByRole('group', {
      name: 'Objects to allow',
    });

    await user.click(within(allowList).getByRole('checkbox', { name: 'Pets' }));
    await user.click(
      within(allowList).getByRole('checkbox', { name: 'People' }),
    );
    await user.clear(within(form).getByLabelText('Expires on'));
    await user.type(within(form).getByLabelText('Expires on'), '2099-05-04');
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));

    await screen.findByRole('region', {
      name: 'Token “Sales assistant” issued',
    });
    expect(api.lastVariables('IssueMcpToken')).toEqual({
      input: {
        name: 'Sales assistant',
        roleId: 'role-admin',
        // In the API's order, whatever order they were ticked in.
        scopes: ['READ', 'WRITE', 'DESTROY'],
        objectIds: ['object-pet', 'object-person'],
        // Through the end of that day, local time.
        expiresAt: new Date('2099-05-04T23:59:59').toISOString(),
      },
    });

    const row = getTokenRow('Sales assistant');

    expect(row).toHaveTextContent('Admin');
    expect(row).toHaveTextContent('read, write, destroy');
    expect(row).toHaveTextContent('Pets, People');
    expect(within(row).getAllByRole('cell')[3]).not.toHaveTextContent('Never');
  });

  it('should check the form before sending it', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });
    const form = await findIssueForm();
    const issue = within(form).getByRole('button', { name: 'Issue token' });

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), '   ');
    await user.click(issue);

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Give the token a name.',
    );

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'X');
    await user.click(within(form).getByRole('checkbox', { name: 'Read' }));
    await user.click(issue);

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Choose at least one scope.',
    );

    await user.click(within(form).getByRole('checkbox', { name: 'Read' }));
    await user.click(
      within(form).getByRole('radio', { name: 'Only the objects I pick' }),
    );
    await user.click(issue);

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Pick at least one object, or allow every object.',
    );
    expect(api.callsOf('IssueMcpToken')).toHaveLength(0);
  });

  it('should show the API’s validation error and keep the form as it was', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });
    const form = await findIssueForm();

    await user.type(
      within(form).getByRole('textbox', { name: 'Name' }),
      'Backdated',
    );
    await user.clear(within(form).getByLabelText('Expires on'));
    await user.type(within(form).getByLabelText('Expires on'), '2020-01-31');
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'expiresAt must be in the future',
    );
    expect(api.callsOf('IssueMcpToken')).toHaveLength(1);
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue(
      'Backdated',
    );
    expect(
      screen.queryByRole('textbox', { name: 'New token' }),
    ).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Issued tokens' })).getAllByRole(
        'row',
      ),
    ).toHaveLength(4);
  });

  it('should show the API’s error when the role can no longer be assigned', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });
    const form = await findIssueForm();

    api.state.roles = api.state.roles.filter(
      (role) => role.id !== 'role-sales',
    );
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Bot');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Role' }),
      'Sales',
    );
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'roleId: choose a role of this workspace that can be assigned to API keys.',
    );
  });

  it('should explain when no role can be assigned to tokens', async () => {
    renderSettingsPage({ route: 'tokens', state: { roles: [] } });

    expect(
      await screen.findByText(/No role can be assigned to API keys/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('form', { name: 'Issue a token' }),
    ).not.toBeInTheDocument();
  });

  it('should ask for confirmation and send nothing when revoking is cancelled', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });

    await user.click(
      await screen.findByRole('button', { name: `Revoke “${CLAUDE}”` }),
    );

    const dialog = screen.getByRole('dialog', { name: `Revoke “${CLAUDE}”?` });

    expect(dialog).toHaveAccessibleDescription(
      /Clients using this token are refused from their next request/,
    );
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(getTokenRow(CLAUDE)).getByText('Active')).toBeVisible();
    expect(api.callsOf('RevokeMcpToken')).toHaveLength(0);
  });

  it('should revoke a token once confirmed and update its row', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });

    await user.click(
      await screen.findByRole('button', { name: `Revoke “${CLAUDE}”` }),
    );
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Revoke token',
      }),
    );

    expect(
      await screen.findByText(`Token “${CLAUDE}” revoked.`),
    ).toBeInTheDocument();
    expect(api.callsOf('RevokeMcpToken').map((call) => call.variables)).toEqual(
      [{ id: 'token-claude' }],
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const row = getTokenRow(CLAUDE);

    expect(within(row).getByText('Revoked')).toBeInTheDocument();
    expect(within(row).queryByText('Active')).not.toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Issued tokens' }),
    ).toHaveFocus();
  });

  it('should show why a revocation failed and keep the token active', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });

    api.failNext(
      'RevokeMcpToken',
      'NOT_FOUND',
      'No MCP token token-claude in this workspace.',
    );
    await user.click(
      await screen.findByRole('button', { name: `Revoke “${CLAUDE}”` }),
    );
    await user.click(screen.getByRole('button', { name: 'Revoke token' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No MCP token token-claude in this workspace.',
    );
    expect(within(getTokenRow(CLAUDE)).getByText('Active')).toBeVisible();
    expect(screen.queryByText(/revoked\.$/)).not.toBeInTheDocument();
  });

  it('should offer erasing people only with a role that grants it, and issue such a token', async () => {
    const { api, user } = renderSettingsPage({ route: 'tokens' });
    const form = await findIssueForm();

    // Sales cannot destroy people, so it cannot erase them either.
    expect(
      within(form).queryByRole('checkbox', { name: 'Erase people (GDPR)' }),
    ).not.toBeInTheDocument();

    await user.type(
      within(form).getByRole('textbox', { name: 'Name' }),
      'Privacy requests',
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Role' }),
      'Admin',
    );

    const erase = within(form).getByRole('checkbox', {
      name: 'Erase people (GDPR)',
    });

    expect(erase).toHaveAccessibleDescription(
      'erase_person: a person and their personal data, after a confirmation. Needs Destroy too.',
    );

    await user.click(erase);
    await user.click(within(form).getByRole('button', { name: 'Issue token' }));

    await screen.findByRole('region', {
      name: 'Token “Privacy requests” issued',
    });
    expect(api.lastVariables('IssueMcpToken')).toMatchObject({
      input: { roleId: 'role-admin', scopes: ['READ', 'ERASE'] },
    });
    expect(getTokenRow('Privacy requests')).toHaveTextContent('read, erase');
  });
});
