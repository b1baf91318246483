import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import {
  CLIENT_CONFIGS,
  DEFAULT_CALL_LIMITS,
  ENDPOINT_URL,
  ERASURE_FIELD_CHOICES,
} from '../../../../test/utils/settings-fixtures';

const findSwitch = () =>
  screen.findByRole('switch', { name: 'Serve MCP for this workspace' });

describe('OverviewPage', () => {
  it('should switch MCP off for the workspace and show what the API saved', async () => {
    const { api, user } = renderSettingsPage();
    const toggle = await findSwitch();

    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription(
      'Clients with a valid token can use Northwind through MCP.',
    );

    await user.click(toggle);

    expect(
      await screen.findByText('Saved: MCP is off for Northwind.'),
    ).toBeInTheDocument();
    expect(toggle).not.toBeChecked();
    expect(
      api.callsOf('UpdateMcpSettings').map((call) => call.variables),
    ).toEqual([{ input: { isEnabled: false } }]);
    expect(api.state.settings.isEnabled).toBe(false);

    await user.click(toggle);

    expect(
      await screen.findByText('Saved: MCP is on for Northwind.'),
    ).toBeInTheDocument();
    expect(toggle).toBeChecked();
    expect(api.lastVariables('UpdateMcpSettings')).toEqual({
      input: { isEnabled: true },
    });
  });

  it('should show the switch busy and ignore clicks while saving', async () => {
    const { api, user } = renderSettingsPage();
    const toggle = await findSwitch();
    const held = api.hold('UpdateMcpSettings');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Saving…')).toBeInTheDocument();

    await user.click(toggle);
    held.release();

    expect(
      await screen.findByText('Saved: MCP is off for Northwind.'),
    ).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-busy', 'false');
    expect(api.callsOf('UpdateMcpSettings')).toHaveLength(1);
  });

  it('should keep the switch as it was and show the error when saving fails', async () => {
    const { api, user } = renderSettingsPage();
    const toggle = await findSwitch();

    api.failNext(
      'UpdateMcpSettings',
      'INTERNAL_SERVER_ERROR',
      'The database is unavailable.',
    );
    await user.click(toggle);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The database is unavailable.',
    );
    expect(toggle).toBeChecked();
    expect(screen.queryByText(/^Saved:/)).not.toBeInTheDocument();
  });

  it('should warn when MCP is switched off for the whole instance', async () => {
    renderSettingsPage({
      state: {
        settings: {
          instanceEnabled: false,
          isEnabled: true,
          exposeNewObjects: true,
          auditRecordArguments: false,
          auditRetentionDays: 365,
          callLimits: DEFAULT_CALL_LIMITS,
          defaultCallLimits: DEFAULT_CALL_LIMITS,
          erasureContactFields: null,
          erasureContactFieldChoices: ERASURE_FIELD_CHOICES,
          endpointUrl: ENDPOINT_URL,
          toolMode: 'COMPACT',
          twentyEventsDelivery: 'QUEUED',
          clientConfigs: CLIENT_CONFIGS,
        },
      },
    });

    const notice = await screen.findByRole('note');

    expect(notice).toHaveTextContent(
      'MCP is switched off for this Twenty instance.',
    );
    expect(notice).toHaveTextContent('MCP_ENABLED=true');
  });

  it('should not show the instance notice when MCP is on for the instance', async () => {
    renderSettingsPage();

    await findSwitch();

    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('should show the endpoint URL and copy it', async () => {
    const { user } = renderSettingsPage();
    const endpoint = await screen.findByRole('textbox', {
      name: 'Endpoint URL',
    });

    expect(endpoint).toHaveValue(ENDPOINT_URL);
    expect(endpoint).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Copy endpoint url' }));

    expect(await navigator.clipboard.readText()).toBe(ENDPOINT_URL);
    expect(
      screen.getByRole('button', { name: 'Copied endpoint url' }),
    ).toBeInTheDocument();
  });

  it('should show client configurations for the endpoint with a token placeholder', async () => {
    const { user } = renderSettingsPage();
    const section = await screen.findByRole('region', {
      name: 'Connect a client',
    });

    expect(section).toHaveTextContent('Replace <token> with a token');

    const clients = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);

    expect(clients).toEqual([
      'Claude Desktop',
      'Claude Code',
      'Cursor',
      'VS Code',
      'ChatGPT',
    ]);

    const claudeCode = within(section).getByRole('region', {
      name: 'Claude Code',
    });

    expect(claudeCode).toHaveTextContent(
      `claude mcp add --transport http twenty ${ENDPOINT_URL} --header "Authorization: Bearer <token>"`,
    );

    const cursor = within(section).getByRole('region', { name: 'Cursor' });

    expect(
      JSON.parse(within(cursor).getByText(/mcpServers/).textContent ?? ''),
    ).toEqual({
      mcpServers: {
        twenty: {
          url: ENDPOINT_URL,
          headers: { Authorization: 'Bearer <token>' },
        },
      },
    });

    await user.click(
      within(cursor).getByRole('button', {
        name: 'Copy Cursor configuration',
      }),
    );

    expect(JSON.parse(await navigator.clipboard.readText())).toEqual({
      mcpServers: {
        twenty: {
          url: ENDPOINT_URL,
          headers: { Authorization: 'Bearer <token>' },
        },
      },
    });
  });

  it('should offer to retry when the settings cannot be loaded', async () => {
    const { api, user } = renderSettingsPage({
      beforeRender: (fake) =>
        fake.failNext('McpSettings', 'INTERNAL_SERVER_ERROR', 'Try later.'),
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Try later.');

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await findSwitch()).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.callsOf('McpSettings')).toHaveLength(2);
  });

  it('should send the user back to sign in when the session expires', async () => {
    const { api, user } = renderSettingsPage();
    const toggle = await findSwitch();

    api.expireSessions();
    await user.click(toggle);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sign in to MCP settings',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your session has expired. Sign in again.',
    );
  });

  it("should say writes miss Twenty's timeline, webhooks and workflows when the server has no Redis", async () => {
    renderSettingsPage({
      state: {
        settings: {
          instanceEnabled: true,
          isEnabled: true,
          exposeNewObjects: true,
          auditRecordArguments: false,
          auditRetentionDays: 365,
          callLimits: DEFAULT_CALL_LIMITS,
          defaultCallLimits: DEFAULT_CALL_LIMITS,
          erasureContactFields: null,
          erasureContactFieldChoices: ERASURE_FIELD_CHOICES,
          endpointUrl: ENDPOINT_URL,
          toolMode: 'COMPACT',
          twentyEventsDelivery: 'OFF',
          clientConfigs: CLIENT_CONFIGS,
        },
      },
    });

    expect(await screen.findByRole('note')).toHaveTextContent(
      'Records written through MCP do not reach Twenty’s timeline, audit logs, webhooks or workflows.',
    );
  });

  it('should not warn about events when writes are queued for Twenty', async () => {
    renderSettingsPage();

    await findSwitch();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
