import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import { createFakeApiState } from '../../../../test/utils/settings-fixtures';

const OPERATIONS = ['Read', 'Create', 'Update', 'Delete'] as const;

const findObjectRow = async (labelPlural: string) =>
  within(
    await screen.findByRole('table', {
      name: 'Objects and the operations AI clients may use on them',
    }),
  ).getByRole('row', { name: new RegExp(`^${labelPlural}`) });

// The row's checkboxes, as [Read, Create, Update, Delete] on/off.
const getOperations = (row: HTMLElement, labelPlural: string) =>
  OPERATIONS.map(
    (operation) =>
      (
        within(row).getByRole('checkbox', {
          name: `${operation} ${labelPlural}`,
        }) as HTMLInputElement
      ).checked,
  );

const updateInput = (
  objectId: string,
  [canRead, canCreate, canUpdate, canDelete]: boolean[],
  hiddenFieldIds: string[] = [],
) => ({
  input: { objectId, canRead, canCreate, canUpdate, canDelete, hiddenFieldIds },
});

describe('ExposurePage', () => {
  it('should list every object with its operations, fields and badges', async () => {
    renderSettingsPage({ route: 'exposure' });

    const table = await screen.findByRole('table', {
      name: 'Objects and the operations AI clients may use on them',
    });

    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Peopleperson', 'CompaniescompanyCustomized', 'PetspetCustom']);
    expect(screen.getByText('3 objects')).toBeInTheDocument();

    const people = await findObjectRow('People');

    expect(getOperations(people, 'People')).toEqual([true, true, true, true]);
    expect(
      within(people).getByRole('button', {
        name: 'All visible, fields of People',
      }),
    ).toHaveAttribute('aria-expanded', 'false');
    expect(
      within(people).queryByRole('button', { name: /^Reset/ }),
    ).not.toBeInTheDocument();

    const companies = await findObjectRow('Companies');

    expect(getOperations(companies, 'Companies')).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(
      within(companies).getByRole('button', {
        name: '1 hidden, fields of Companies',
      }),
    ).toBeInTheDocument();
    expect(
      within(companies).getByRole('button', {
        name: 'Reset Companies to the default',
      }),
    ).toBeInTheDocument();
  });

  it('should save an operation as soon as it is toggled', async () => {
    const { api, user } = renderSettingsPage({ route: 'exposure' });
    const people = await findObjectRow('People');

    await user.click(
      within(people).getByRole('checkbox', { name: 'Delete People' }),
    );

    expect(await screen.findByText('Saved People.')).toBeInTheDocument();
    expect(within(people).getByText('Saved')).toBeInTheDocument();
    expect(
      api.callsOf('UpdateObjectExposure').map((call) => call.variables),
    ).toEqual([updateInput('object-person', [true, true, true, false])]);
    expect(getOperations(people, 'People')).toEqual([true, true, true, false]);
    // The API now keeps a row of its own for it.
    expect(within(people).getByText('Customized')).toBeInTheDocument();
    expect(
      within(people).getByRole('button', {
        name: 'Reset People to the default',
      }),
    ).toBeInTheDocument();
  });

  it('should turn every operation off with read, and read on with any of them', async () => {
    const { api, user } = renderSettingsPage({ route: 'exposure' });
    const people = await findObjectRow('People');

    await user.click(
      within(people).getByRole('checkbox', { name: 'Read People' }),
    );

    expect(getOperations(people, 'People')).toEqual([
      false,
      false,
      false,
      false,
    ]);
    await screen.findByText('Saved People.');
    expect(api.lastVariables('UpdateObjectExposure')).toEqual(
      updateInput('object-person', [false, false, false, false]),
    );

    await user.click(
      within(people).getByRole('checkbox', { name: 'Update People' }),
    );

    expect(getOperations(people, 'People')).toEqual([true, false, true, false]);
    await expect
      .poll(() => api.lastVariables('UpdateObjectExposure'))
      .toEqual(updateInput('object-person', [true, false, true, false]));
  });

  it('should hide and show fields of an object', async () => {
    const { api, user } = renderSettingsPage({ route: 'exposure' });
    const people = await findObjectRow('People');
    const fieldsButton = within(people).getByRole('button', {
      name: 'All visible, fields of People',
    });

    await user.click(fieldsButton);

    expect(fieldsButton).toHaveAttribute('aria-expanded', 'true');

    const fields = screen.getByRole('group', {
      name: 'Fields of People AI clients can see',
    });

    // Checked: visible to AI clients; each named with its label and type.
    expect(within(fields).getAllByRole('checkbox')).toHaveLength(3);
    for (const name of ['Name full_name', 'Emails emails', 'Phones phones']) {
      expect(within(fields).getByRole('checkbox', { name })).toBeChecked();
    }

    await user.click(within(fields).getByRole('checkbox', { name: /^Phones/ }));

    expect(await screen.findByText('Saved People.')).toBeInTheDocument();
    expect(api.lastVariables('UpdateObjectExposure')).toEqual(
      updateInput(
        'object-person',
        [true, true, true, true],
        ['field-person-phones'],
      ),
    );
    expect(
      within(fields).getByRole('checkbox', { name: /^Phones/ }),
    ).not.toBeChecked();
    expect(fieldsButton).toHaveAccessibleName('1 hidden, fields of People');

    await user.click(within(fields).getByRole('checkbox', { name: /^Phones/ }));

    await expect
      .poll(() => api.lastVariables('UpdateObjectExposure'))
      .toEqual(updateInput('object-person', [true, true, true, true], []));
    expect(fieldsButton).toHaveAccessibleName('All visible, fields of People');
  });

  it('should show the fields an object hides', async () => {
    const { user } = renderSettingsPage({ route: 'exposure' });
    const companies = await findObjectRow('Companies');

    await user.click(
      within(companies).getByRole('button', {
        name: '1 hidden, fields of Companies',
      }),
    );

    const fields = screen.getByRole('group', {
      name: 'Fields of Companies AI clients can see',
    });

    expect(
      within(fields).getByRole('checkbox', { name: 'Name text' }),
    ).toBeChecked();
    expect(
      within(fields).getByRole('checkbox', { name: 'ARR currency' }),
    ).not.toBeChecked();
  });

  it('should reset a customized object to the default', async () => {
    const { api, user } = renderSettingsPage({ route: 'exposure' });
    const companies = await findObjectRow('Companies');
    const reset = within(companies).getByRole('button', {
      name: 'Reset Companies to the default',
    });

    // It says what it will do before it is pressed.
    expect(reset).toHaveAccessibleDescription(
      'Default: every operation and field',
    );
    expect(companies).toHaveTextContent('Default: every operation and field');

    await user.click(reset);

    expect(
      await screen.findByText(
        'Companies reset to the default: every operation and field.',
      ),
    ).toBeInTheDocument();
    expect(
      api.callsOf('ResetObjectExposure').map((call) => call.variables),
    ).toEqual([{ objectId: 'object-company' }]);
    expect(getOperations(companies, 'Companies')).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(within(companies).queryByText('Customized')).not.toBeInTheDocument();
    expect(
      within(companies).queryByRole('button', { name: /^Reset/ }),
    ).not.toBeInTheDocument();
    expect(
      within(companies).getByRole('button', {
        name: 'All visible, fields of Companies',
      }),
    ).toBeInTheDocument();
  });

  it('should say that resetting a custom object hides it while new objects are not exposed, and do exactly that', async () => {
    const base = createFakeApiState();
    const { user } = renderSettingsPage({
      route: 'exposure',
      state: {
        settings: { ...base.settings, exposeNewObjects: false },
        objects: base.objects.map((object) =>
          object.nameSingular === 'pet'
            ? { ...object, isCustomized: true }
            : object,
        ),
      },
    });
    const pets = await findObjectRow('Pets');
    const reset = within(pets).getByRole('button', {
      name: 'Reset Pets to the default',
    });

    expect(getOperations(pets, 'Pets')).toEqual([true, true, true, true]);
    expect(reset).toHaveAccessibleDescription(
      'Default: hidden from AI clients',
    );

    await user.click(reset);

    expect(
      await screen.findByText(
        'Pets reset to the default: hidden from AI clients.',
      ),
    ).toBeInTheDocument();
    expect(getOperations(pets, 'Pets')).toEqual([false, false, false, false]);
  });

  it('should filter the objects by the search', async () => {
    const { user } = renderSettingsPage({ route: 'exposure' });
    const search = await screen.findByRole('searchbox', {
      name: 'Search objects',
    });

    await user.type(search, 'COMP');

    expect(screen.getByText('1 of 3 objects')).toBeInTheDocument();
    expect(
      screen.getAllByRole('rowheader').map((header) => header.textContent),
    ).toEqual(['CompaniescompanyCustomized']);

    // The API name matches too.
    await user.clear(search);
    await user.type(search, 'pet');

    expect(
      screen.getAllByRole('rowheader').map((header) => header.textContent),
    ).toEqual(['PetspetCustom']);

    await user.type(search, 'rol');

    expect(screen.getByText('No object matches the search.')).toBeVisible();
    expect(screen.getByText('0 of 3 objects')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.clear(search);

    expect(screen.getByText('3 objects')).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')).toHaveLength(3);
  });

  it('should show why a change was refused and put the row back', async () => {
    const { api, user } = renderSettingsPage({ route: 'exposure' });
    const people = await findObjectRow('People');

    api.failNext(
      'UpdateObjectExposure',
      'BAD_USER_INPUT',
      'objectId: object-person is not an object of this workspace that can be exposed.',
    );
    await user.click(
      within(people).getByRole('checkbox', { name: 'Create People' }),
    );

    expect(
      await screen.findByText(
        'People not saved: objectId: object-person is not an object of this workspace that can be exposed.',
      ),
    ).toBeInTheDocument();
    expect(getOperations(people, 'People')).toEqual([true, true, true, true]);
  });

  it('should save quick changes in order so the last one is kept', async () => {
    const { api, user } = renderSettingsPage({ route: 'exposure' });
    const people = await findObjectRow('People');
    const held = api.hold('UpdateObjectExposure');

    await user.click(
      within(people).getByRole('checkbox', { name: 'Delete People' }),
    );

    expect(within(people).getByText('Saving…')).toBeInTheDocument();

    await user.click(
      within(people).getByRole('checkbox', { name: 'Create People' }),
    );

    expect(getOperations(people, 'People')).toEqual([true, false, true, false]);

    held.release();

    expect(await screen.findByText('Saved People.')).toBeInTheDocument();
    expect(
      api.callsOf('UpdateObjectExposure').map((call) => call.variables),
    ).toEqual([
      updateInput('object-person', [true, true, true, false]),
      updateInput('object-person', [true, false, true, false]),
    ]);
    expect(getOperations(people, 'People')).toEqual([true, false, true, false]);
  });

  it('should show what the API kept when the last of quick changes fails', async () => {
    const { api, user } = renderSettingsPage({ route: 'exposure' });
    const people = await findObjectRow('People');
    const first = api.hold('UpdateObjectExposure');
    const second = api.hold('UpdateObjectExposure');

    await user.click(
      within(people).getByRole('checkbox', { name: 'Delete People' }),
    );
    await user.click(
      within(people).getByRole('checkbox', { name: 'Create People' }),
    );
    first.release();
    await expect.poll(() => api.callsOf('UpdateObjectExposure').length).toBe(2);
    api.failNext(
      'UpdateObjectExposure',
      'INTERNAL_SERVER_ERROR',
      'The database is unavailable.',
    );
    second.release();

    expect(
      await screen.findByText('People not saved: The database is unavailable.'),
    ).toBeInTheDocument();
    // The first change was saved: the row shows it, not the state before it.
    expect(api.state.objects[0]).toMatchObject({
      canCreate: true,
      canDelete: false,
    });
    expect(getOperations(people, 'People')).toEqual([true, true, true, false]);
    expect(within(people).getByText('Customized')).toBeInTheDocument();
  });

  it('should change whether new custom objects are exposed, and reload the objects', async () => {
    const { api, user } = renderSettingsPage({ route: 'exposure' });
    const toggle = await screen.findByRole('switch', {
      name: 'New custom objects are exposed by default',
    });

    expect(toggle).toBeChecked();
    expect(getOperations(await findObjectRow('Pets'), 'Pets')).toEqual([
      true,
      true,
      true,
      true,
    ]);

    await user.click(toggle);

    expect(
      await screen.findByText(
        'Saved: new custom objects stay hidden until you expose them.',
      ),
    ).toBeInTheDocument();
    expect(toggle).not.toBeChecked();
    expect(api.lastVariables('UpdateMcpSettings')).toEqual({
      input: { exposeNewObjects: false },
    });
    // Pets has no row of its own, so it follows the new default.
    await expect
      .poll(async () => getOperations(await findObjectRow('Pets'), 'Pets'))
      .toEqual([false, false, false, false]);
    expect(api.callsOf('McpExposurePage')).toHaveLength(2);
    expect(getOperations(await findObjectRow('People'), 'People')).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
