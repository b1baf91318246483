import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import {
  createFakeApiState,
  DEFAULT_CALL_LIMITS,
} from '../../../../test/utils/settings-fixtures';

const findForm = () => screen.findByRole('form', { name: 'Call limits' });

const field = (form: HTMLElement, name: string) =>
  within(form).getByRole('textbox', { name });

describe('CallLimitsForm', () => {
  it('should show the workspace’s limits with the defaults, and save edited ones', async () => {
    const { api, user } = renderSettingsPage();
    const form = await findForm();
    const reads = field(form, 'Read calls per token per hour');

    expect(reads).toHaveValue('1000');
    expect(reads).toHaveAccessibleDescription(
      'Finding, searching and counting records. Default: 1,000.',
    );
    expect(field(form, 'Write calls per token per hour')).toHaveValue('200');
    expect(field(form, 'Calls per workspace per hour')).toHaveValue('3000');

    await user.clear(reads);
    await user.type(reads, '50');
    await user.click(within(form).getByRole('button', { name: 'Save limits' }));

    expect(
      await screen.findByText(
        'Saved: the call limits apply from the next tool call.',
      ),
    ).toBeInTheDocument();
    expect(api.lastVariables('UpdateMcpSettings')).toEqual({
      input: {
        readCallsPerTokenPerHour: 50,
        writeCallsPerTokenPerHour: 200,
        callsPerWorkspacePerHour: 3000,
      },
    });
    expect(api.state.settings.callLimits.readCallsPerTokenPerHour).toBe(50);
    expect(reads).toHaveValue('50');
  });

  it('should refuse a value that is not a whole number within bounds, sending nothing', async () => {
    const { api, user } = renderSettingsPage();
    const form = await findForm();
    const writes = field(form, 'Write calls per token per hour');

    await user.clear(writes);
    await user.type(writes, '0');
    await user.click(within(form).getByRole('button', { name: 'Save limits' }));

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Write calls per token per hour must be a whole number from 1 to 1,000,000.',
    );

    await user.clear(writes);
    await user.type(writes, '12.5');
    await user.click(within(form).getByRole('button', { name: 'Save limits' }));

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Write calls per token per hour must be a whole number from 1 to 1,000,000.',
    );
    expect(api.callsOf('UpdateMcpSettings')).toHaveLength(0);
  });

  it('should put every limit back to the instance’s default', async () => {
    const state = createFakeApiState();
    const { api, user } = renderSettingsPage({
      state: {
        settings: {
          ...state.settings,
          callLimits: {
            readCallsPerTokenPerHour: 10,
            writeCallsPerTokenPerHour: 5,
            callsPerWorkspacePerHour: 20,
          },
        },
      },
    });
    const form = await findForm();

    expect(field(form, 'Read calls per token per hour')).toHaveValue('10');

    await user.click(
      within(form).getByRole('button', { name: 'Reset to defaults' }),
    );

    expect(
      await screen.findByText(
        'Saved: the call limits apply from the next tool call.',
      ),
    ).toBeInTheDocument();
    expect(api.lastVariables('UpdateMcpSettings')).toEqual({
      input: {
        readCallsPerTokenPerHour: null,
        writeCallsPerTokenPerHour: null,
        callsPerWorkspacePerHour: null,
      },
    });
    expect(api.state.settings.callLimits).toEqual(DEFAULT_CALL_LIMITS);
    expect(field(form, 'Read calls per token per hour')).toHaveValue('1000');
    expect(field(form, 'Calls per workspace per hour')).toHaveValue('3000');
  });

  it('should show why saving failed and keep what was typed', async () => {
    const { api, user } = renderSettingsPage();
    const form = await findForm();
    const workspace = field(form, 'Calls per workspace per hour');

    api.failNext(
      'UpdateMcpSettings',
      'INTERNAL_SERVER_ERROR',
      'The database is unavailable.',
    );
    await user.clear(workspace);
    await user.type(workspace, '400');
    await user.click(within(form).getByRole('button', { name: 'Save limits' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The database is unavailable.',
    );
    expect(workspace).toHaveValue('400');
    expect(api.state.settings.callLimits).toEqual(DEFAULT_CALL_LIMITS);
  });
});
