import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import { createFakeApiState } from '../../../../test/utils/settings-fixtures';

const findForm = () => screen.findByRole('form', { name: 'Erasure settings' });

const checkbox = (form: HTMLElement, name: string) =>
  within(form).getByRole('checkbox', { name });

const withErasureFields = (erasureContactFields: string[] | null) => ({
  state: {
    settings: { ...createFakeApiState().settings, erasureContactFields },
  },
});

describe('ErasureSettingsForm', () => {
  it('should explain erasure and check the default fields while the default applies', async () => {
    renderSettingsPage();
    const form = await findForm();
    const section = screen.getByRole('region', { name: 'Erasure' });

    expect(section).toHaveTextContent(
      'destroys the person and the notes and tasks only about them, and clears their email addresses and phone numbers',
    );
    expect(
      within(form).getByRole('group', {
        name: 'Clear the person’s email addresses and phone numbers in',
      }),
    ).toHaveAccessibleDescription(
      'Now: the default, every Emails and Phones field of other objects, including fields added later.',
    );
    expect(checkbox(form, 'Pet: Owner emails emails')).toBeChecked();
    expect(checkbox(form, 'Pet: Owner phones phones')).toBeChecked();
    // Text fields are opt-in, folded away until one is chosen.
    expect(
      within(form).getByText('Text fields (2)').closest('details'),
    ).not.toHaveAttribute('open');
    expect(
      checkbox(form, 'Message Participant: Handle text'),
    ).not.toBeChecked();
  });

  it('should save the fields checked, in the API’s order, and then describe them', async () => {
    const { api, user } = renderSettingsPage();
    const form = await findForm();

    await user.click(checkbox(form, 'Pet: Owner phones phones'));
    await user.click(within(form).getByText('Text fields (2)'));
    await user.click(checkbox(form, 'Message Participant: Handle text'));
    await user.click(
      within(form).getByRole('button', { name: 'Save erasure fields' }),
    );

    expect(
      await within(form).findByText(
        'Saved: erasing a person clears their contact details in 2 fields of other records.',
      ),
    ).toBeInTheDocument();
    expect(api.lastVariables('UpdateMcpSettings')).toEqual({
      input: {
        erasureContactFields: ['pet.ownerEmails', 'messageParticipant.handle'],
      },
    });
    expect(api.state.settings.erasureContactFields).toEqual([
      'pet.ownerEmails',
      'messageParticipant.handle',
    ]);
    expect(
      within(form).getByRole('group', {
        name: 'Clear the person’s email addresses and phone numbers in',
      }),
    ).toHaveAccessibleDescription(
      'Now: the fields checked below only. Use the default to follow every Emails and Phones field, including fields added later.',
    );
  });

  it('should save an empty list when nothing is checked', async () => {
    const { api, user } = renderSettingsPage();
    const form = await findForm();

    await user.click(checkbox(form, 'Pet: Owner emails emails'));
    await user.click(checkbox(form, 'Pet: Owner phones phones'));
    await user.click(
      within(form).getByRole('button', { name: 'Save erasure fields' }),
    );

    expect(
      await within(form).findByText(
        'Saved: erasing a person clears no field of other records.',
      ),
    ).toBeInTheDocument();
    expect(api.state.settings.erasureContactFields).toEqual([]);
  });

  it('should show a stored list, Text fields unfolded, and go back to the default', async () => {
    const { api, user } = renderSettingsPage(
      withErasureFields(['company.name']),
    );
    const form = await findForm();

    expect(
      within(form).getByText('Text fields (2)').closest('details'),
    ).toHaveAttribute('open');
    expect(checkbox(form, 'Company: Name text')).toBeChecked();
    expect(checkbox(form, 'Pet: Owner emails emails')).not.toBeChecked();

    await user.click(
      within(form).getByRole('button', { name: 'Use the default' }),
    );

    expect(
      await within(form).findByText(
        'Saved: erasing a person clears their contact details in every Emails and Phones field (the default).',
      ),
    ).toBeInTheDocument();
    expect(api.lastVariables('UpdateMcpSettings')).toEqual({
      input: { erasureContactFields: null },
    });
    expect(api.state.settings.erasureContactFields).toBeNull();
    expect(checkbox(form, 'Pet: Owner emails emails')).toBeChecked();
    expect(checkbox(form, 'Company: Name text')).not.toBeChecked();
  });

  it('should name stored fields the workspace no longer has', async () => {
    renderSettingsPage(
      withErasureFields(['pet.ownerEmails', 'lead.contactEmail']),
    );
    const form = await findForm();

    expect(within(form).getByRole('note')).toHaveTextContent(
      'No longer in the workspace, dropped when you save: lead.contactEmail.',
    );
    expect(checkbox(form, 'Pet: Owner emails emails')).toBeChecked();
  });

  it('should show why saving failed and keep what was checked', async () => {
    const { api, user } = renderSettingsPage();
    const form = await findForm();

    api.failNext(
      'UpdateMcpSettings',
      'BAD_USER_INPUT',
      'erasureContactFields: "pet.ownerPhones" is not accepted.',
    );
    await user.click(checkbox(form, 'Pet: Owner emails emails'));
    await user.click(
      within(form).getByRole('button', { name: 'Save erasure fields' }),
    );

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'erasureContactFields: "pet.ownerPhones" is not accepted.',
    );
    expect(checkbox(form, 'Pet: Owner emails emails')).not.toBeChecked();
    expect(api.state.settings.erasureContactFields).toBeNull();
  });
});
