import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FAKE_TOKENS_PER_TOOL } from '../../../../test/utils/fake-settings-api';
import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import { createFakeApiState } from '../../../../test/utils/settings-fixtures';

const findForm = () =>
  screen.findByRole('form', { name: 'Preview a credential' });

const getToolsSection = () => screen.getByRole('region', { name: 'Tools' });

const getToolNames = () =>
  within(within(getToolsSection()).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('code')?.textContent);

const summary = (tools: number) =>
  `${tools} tools · ${(tools * FAKE_TOKENS_PER_TOOL).toLocaleString()} tokens of context (o200k) for the tools/list result`;

describe('PreviewPage', () => {
  it('should show the tools and their token count for the defaults', async () => {
    const { api } = renderSettingsPage({ route: 'preview' });
    const form = await findForm();

    expect(within(form).getByRole('combobox', { name: 'Role' })).toHaveValue(
      'role-admin',
    );
    expect(within(form).getByRole('checkbox', { name: 'Read' })).toBeChecked();
    expect(within(form).getByRole('radio', { name: 'Compact' })).toBeChecked();
    expect(await screen.findByText(/^2 tools/)).toBeInTheDocument();
    expect(screen.getByText(/^2 tools/).closest('p')).toHaveTextContent(
      summary(2),
    );
    expect(getToolNames()).toEqual(['find_records', 'get_record']);
    expect(api.callsOf('McpToolPreview').map((call) => call.variables)).toEqual(
      [
        {
          input: {
            roleId: 'role-admin',
            scopes: ['READ'],
            objectIds: null,
            mode: 'COMPACT',
          },
        },
      ],
    );
  });

  it('should preview the role, scopes, objects and mode chosen', async () => {
    const { api, user } = renderSettingsPage({ route: 'preview' });
    const form = await findForm();

    await screen.findByText(/^2 tools/);
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Role' }),
      'Sales',
    );
    await user.click(within(form).getByRole('checkbox', { name: 'Write' }));
    await user.click(
      within(form).getByRole('radio', { name: 'Only the objects I pick' }),
    );
    await user.click(within(form).getByRole('checkbox', { name: 'People' }));
    await user.click(within(form).getByRole('radio', { name: 'Per object' }));

    // Nothing is sent until the form is submitted.
    expect(api.callsOf('McpToolPreview')).toHaveLength(1);

    await user.click(
      within(form).getByRole('button', { name: 'Show the tools' }),
    );

    expect(await screen.findByText(/^4 tools/)).toBeInTheDocument();
    expect(screen.getByText(/^4 tools/).closest('p')).toHaveTextContent(
      summary(4),
    );
    expect(api.lastVariables('McpToolPreview')).toEqual({
      input: {
        roleId: 'role-sales',
        scopes: ['READ', 'WRITE'],
        objectIds: ['object-person'],
        mode: 'PER_OBJECT',
      },
    });
    expect(getToolNames()).toEqual([
      'find_person',
      'get_person',
      'create_person',
      'update_person',
    ]);
    expect(screen.getByText('create People records.')).toBeInTheDocument();
  });

  it('should format a large token count and show the raw tools/list JSON', async () => {
    const { user } = renderSettingsPage({ route: 'preview' });
    const form = await findForm();

    for (const scope of ['Write', 'Delete', 'Destroy']) {
      await user.click(within(form).getByRole('checkbox', { name: scope }));
    }
    await user.click(within(form).getByRole('radio', { name: 'Per object' }));
    await user.click(
      within(form).getByRole('button', { name: 'Show the tools' }),
    );

    expect(await screen.findByText(/^21 tools/)).toBeInTheDocument();
    expect(
      screen.getByText(`${(3150).toLocaleString()} tokens`),
    ).toBeInTheDocument();

    const raw = screen.getByRole('region', { name: 'tools/list JSON' });
    const json = JSON.parse(raw.textContent ?? '') as {
      tools: { name: string }[];
    };

    expect(json.tools).toHaveLength(21);
    expect(raw.textContent).toContain('\n  "tools": [');
  });

  it('should start in the workspace’s tool mode', async () => {
    const { api } = renderSettingsPage({
      route: 'preview',
      state: {
        settings: { ...createFakeApiState().settings, toolMode: 'PER_OBJECT' },
      },
    });
    const form = await findForm();

    expect(
      within(form).getByRole('radio', { name: 'Per object' }),
    ).toBeChecked();
    expect(await screen.findByText(/^6 tools/)).toBeInTheDocument();
    expect(api.lastVariables('McpToolPreview')).toMatchObject({
      input: { mode: 'PER_OBJECT' },
    });
  });

  it('should ask for a scope instead of sending a preview without one', async () => {
    const { api, user } = renderSettingsPage({ route: 'preview' });
    const form = await findForm();

    await screen.findByText(/^2 tools/);
    await user.click(within(form).getByRole('checkbox', { name: 'Read' }));
    await user.click(
      within(form).getByRole('button', { name: 'Show the tools' }),
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Choose a role and at least one scope.',
    );
    expect(api.callsOf('McpToolPreview')).toHaveLength(1);
  });

  it('should ask for an object instead of previewing every one when none is picked', async () => {
    const { api, user } = renderSettingsPage({ route: 'preview' });
    const form = await findForm();

    await screen.findByText(/^2 tools/);
    await user.click(
      within(form).getByRole('radio', { name: 'Only the objects I pick' }),
    );
    await user.click(
      within(form).getByRole('button', { name: 'Show the tools' }),
    );

    expect(
      await screen.findByText(
        'Pick at least one object, or allow every object.',
      ),
    ).toBeInTheDocument();
    expect(api.callsOf('McpToolPreview')).toHaveLength(1);
  });

  it('should say it is building the list while the API answers', async () => {
    let held: { release: () => void } | undefined;
    const { api } = renderSettingsPage({
      route: 'preview',
      beforeRender: (fake) => {
        held = fake.hold('McpToolPreview');
      },
    });

    const building = await screen.findByText('Building the tool list…');

    expect(building).toHaveAttribute('aria-busy', 'true');

    held?.release();

    expect(await screen.findByText(/^2 tools/)).toBeInTheDocument();
    expect(building).toHaveAttribute('aria-busy', 'false');
    expect(api.callsOf('McpToolPreview')).toHaveLength(1);
  });

  it('should show the API’s error', async () => {
    renderSettingsPage({
      route: 'preview',
      beforeRender: (fake) =>
        fake.failNext(
          'McpToolPreview',
          'BAD_USER_INPUT',
          'roleId: choose a role of this workspace that can be assigned to API keys.',
        ),
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'roleId: choose a role of this workspace that can be assigned to API keys.',
    );
    expect(
      within(getToolsSection()).queryByRole('list'),
    ).not.toBeInTheDocument();
  });
});
