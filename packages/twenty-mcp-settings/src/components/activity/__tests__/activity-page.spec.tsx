import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import {
  createAuditEvent,
  createFakeApiState,
} from '../../../../test/utils/settings-fixtures';

const findEventsTable = () =>
  screen.findByRole('table', { name: 'Audit events, newest first' });

const rowsOf = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ActivityPage', () => {
  it('should be in the navigation and show the chain, the chart, the totals and the events', async () => {
    renderSettingsPage({ route: 'activity' });

    const nav = await screen.findByRole('navigation', {
      name: 'MCP settings',
    });

    expect(within(nav).getByRole('link', { name: 'Activity' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      await screen.findByText('Verified: 4 events checked through sequence 4.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Head hash (sequence 4)' }),
    ).toHaveValue('a3f1c0ffee'.padEnd(64, '0'));

    const table = await findEventsTable();
    const rows = rowsOf(table);

    expect(rows.map((row) => row.getAttribute('data-sequence'))).toEqual([
      '4',
      '3',
      '2',
      '1',
    ]);
    // An MCP token is named as the Tokens page names it; other principals
    // by their id.
    expect(
      within(rows[1]).getByText('Claude Desktop on Priya’s laptop'),
    ).toBeInTheDocument();
    expect(within(rows[1]).getByText('MCP token')).toBeInTheDocument();
    expect(
      within(rows[1]).getByText('Refused (client error)'),
    ).toBeInTheDocument();
    expect(within(rows[1]).getByText('INVALID_ARGUMENT')).toBeInTheDocument();
    expect(within(rows[0]).getByText('api-key-zapier')).toBeInTheDocument();
    expect(within(rows[0]).getByText('API key')).toBeInTheDocument();
    expect(within(rows[2]).getByText('claude-ai 0.1.0')).toBeInTheDocument();
    expect(
      within(rows[2]).getByText('person-1, person-2, person-3 and 2 more'),
    ).toBeInTheDocument();

    // Two days with events: one bar each, the second stacked 3 + 1.
    const chart = screen.getByRole('figure');

    expect(chart).toHaveAccessibleName(
      /^4 events per day from .+; the highest day had 3\.$/,
    );
    expect(
      [...chart.querySelectorAll('g')].map((bar) =>
        bar.getAttribute('data-total'),
      ),
    ).toEqual(['1', '3']);
    expect(
      chart.querySelectorAll('rect.activity-bar-client_error'),
    ).toHaveLength(1);

    const byTool = screen.getByRole('heading', {
      name: 'By tool or action',
    }).parentElement!;

    expect(byTool).toHaveTextContent(
      'create_record1find_records1get_record1issueMcpToken1',
    );
    expect(
      screen.getByRole('heading', { name: 'By outcome' }).parentElement!,
    ).toHaveTextContent('Succeeded3Refused (client error)1');
    expect(
      screen.getByRole('heading', { name: 'By token or principal' })
        .parentElement!,
    ).toHaveTextContent(
      'Among the 4 events listed below.Claude Desktop on Priya’s laptop2api-key-zapier1user-workspace-priya1',
    );
  });

  it('should filter by tool, token, outcome and dates, and chart by hour', async () => {
    const { api, user } = renderSettingsPage({ route: 'activity' });
    const form = await screen.findByRole('form', { name: 'Activity filters' });

    await findEventsTable();
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Tool or action' }),
      'find_records',
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Token' }),
      'Claude Desktop on Priya’s laptop',
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Chart by' }),
      'Hour',
    );
    await user.type(within(form).getByLabelText('From'), '2031-03-02');
    await user.click(
      within(form).getByRole('button', { name: 'Apply filters' }),
    );

    await waitFor(() =>
      expect(
        rowsOf(
          screen.getByRole('table', { name: 'Audit events, newest first' }),
        ),
      ).toHaveLength(1),
    );
    expect(
      rowsOf(
        screen.getByRole('table', { name: 'Audit events, newest first' }),
      )[0],
    ).toHaveAttribute('data-sequence', '2');

    const variables = api.lastVariables('GetMcpAuditActivity');

    expect(variables).toEqual({
      activity: {
        since: new Date('2031-03-02T00:00:00').toISOString(),
        action: 'find_records',
        principalId: 'token-claude',
        bucket: 'hour',
      },
      events: {
        since: new Date('2031-03-02T00:00:00').toISOString(),
        action: 'find_records',
        principalId: 'token-claude',
        first: 50,
      },
    });
    expect(screen.getByRole('figure')).toHaveAccessibleName(
      /^1 event per hour from /,
    );
  });

  it('should refuse a start date after the end date, querying nothing', async () => {
    const { api, user } = renderSettingsPage({ route: 'activity' });
    const form = await screen.findByRole('form', { name: 'Activity filters' });

    await findEventsTable();
    await user.type(within(form).getByLabelText('From'), '2031-03-05');
    await user.type(within(form).getByLabelText('To'), '2031-03-01');
    await user.click(
      within(form).getByRole('button', { name: 'Apply filters' }),
    );

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The “From” date must not be after the “To” date.',
    );
    expect(api.callsOf('GetMcpAuditActivity')).toHaveLength(1);
  });

  it('should page through older events', async () => {
    const auditEvents = Array.from({ length: 60 }, (_, index) =>
      createAuditEvent(index + 1),
    );
    const { api, user } = renderSettingsPage({
      route: 'activity',
      state: { auditEvents },
    });
    const table = await findEventsTable();

    expect(rowsOf(table)).toHaveLength(50);
    expect(screen.getByText('50 events shown.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show older events' }));

    expect(
      await screen.findByText('60 events shown, no older ones.'),
    ).toBeInTheDocument();
    expect(rowsOf(table).at(-1)).toHaveAttribute('data-sequence', '1');
    expect(api.lastVariables('GetMcpAuditEvents')).toEqual({
      input: { beforeSequence: 11, first: 50 },
    });
    expect(
      screen.queryByRole('button', { name: 'Show older events' }),
    ).not.toBeInTheDocument();
  });

  it('should say where the chain is broken', async () => {
    const base = createFakeApiState();

    renderSettingsPage({
      route: 'activity',
      state: {
        auditChain: {
          ...base.auditChain,
          valid: false,
          firstBadSequence: 3,
          problem: 'row 3 does not match its hash (edited)',
        },
      },
    });

    expect(
      await screen.findByText(
        'Broken at sequence 3: row 3 does not match its hash (edited).',
      ),
    ).toBeInTheDocument();
  });

  it('should download the export with the session’s token', async () => {
    const saved: Blob[] = [];
    const clicked: { href: string; download: string }[] = [];

    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);

      return 'blob:audit-export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });

    const { api, user } = renderSettingsPage({ route: 'activity' });

    await findEventsTable();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(
      await screen.findByText(
        /^Downloaded twenty-mcp-audit-\d{4}-\d{2}-\d{2}\.csv\.$/,
      ),
    ).toBeInTheDocument();

    const [call] = api.callsOf('audit/export');

    expect(call.token).toBe(api.calls[0].token);
    expect(call.variables).toEqual({ format: 'csv' });
    expect(clicked).toEqual([
      {
        href: 'blob:audit-export',
        download: expect.stringMatching(/^twenty-mcp-audit-.+\.csv$/),
      },
    ]);
    expect(await saved[0].text()).toBe(
      [
        'sequence,occurredAt,action,outcome',
        '1,2031-03-01T09:15:00.000Z,issueMcpToken,ok',
        '2,2031-03-02T10:05:00.000Z,find_records,ok',
        '3,2031-03-02T10:20:00.000Z,create_record,client_error',
        '4,2031-03-02T11:40:00.000Z,get_record,ok',
        '',
      ].join('\r\n'),
    );
  });

  it('should save the argument opt-in and the retention, and refuse a retention out of bounds', async () => {
    const { api, user } = renderSettingsPage({ route: 'activity' });
    const form = await screen.findByRole('form', { name: 'Audit settings' });
    const optIn = within(form).getByRole('checkbox', {
      name: 'Record tool-call arguments',
    });
    const retention = within(form).getByRole('textbox', {
      name: 'Keep events for (days)',
    });

    expect(optIn).not.toBeChecked();
    expect(optIn).toHaveAccessibleDescription(
      /^Privacy: arguments carry record data/,
    );
    expect(retention).toHaveValue('365');

    await user.clear(retention);
    await user.type(retention, '40000');
    await user.click(
      within(form).getByRole('button', { name: 'Save audit settings' }),
    );

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Keep events for must be a whole number of days from 0 to 36,500.',
    );
    expect(api.callsOf('UpdateMcpSettings')).toHaveLength(0);

    await user.click(optIn);
    await user.clear(retention);
    await user.type(retention, '30');
    await user.click(
      within(form).getByRole('button', { name: 'Save audit settings' }),
    );

    expect(
      await within(form).findByText(
        'Saved: the audit settings apply from the next tool call.',
      ),
    ).toBeInTheDocument();
    expect(api.lastVariables('UpdateMcpSettings')).toEqual({
      input: { auditRecordArguments: true, auditRetentionDays: 30 },
    });
    expect(api.state.settings.auditRecordArguments).toBe(true);
    expect(api.state.settings.auditRetentionDays).toBe(30);
  });
});
