import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderSettingsPage } from '../../../../test/utils/render-settings-page';
import { createFakeApiState } from '../../../../test/utils/settings-fixtures';

const findSection = async () =>
  screen.findByRole('region', { name: 'Index advice' });

describe('Index advice on the Activity page', () => {
  it('should list the recorded reads, most used first, with which index serves them', async () => {
    const { api } = renderSettingsPage({ route: 'activity' });
    const section = await findSection();
    const list = await within(section).findByRole('list', {
      name: 'Recorded reads',
    });
    const [opportunity, person] = within(list).getAllByRole('listitem');

    expect(
      within(section).getByTestId('index-advice-summary'),
    ).toHaveTextContent('1 of 2 recorded reads have no index to serve them.');
    expect(opportunity).toHaveTextContent(
      'Opportunity order by amount.amount desc nulls last, id asc nulls last; filter stage =, name text match',
    );
    expect(opportunity).toHaveTextContent('1,204 calls');
    expect(within(opportunity).getByText('No index')).toBeInTheDocument();
    expect(opportunity).toHaveTextContent(
      'name: a text match (like, ilike, starts/ends with) cannot use a btree index',
    );
    expect(
      within(opportunity).getByText(/^CREATE INDEX CONCURRENTLY/),
    ).toBeInTheDocument();
    expect(person).toHaveTextContent('1 call,');
    expect(within(person).getByText('Served by PK_person')).toBeInTheDocument();
    // A served read needs nothing: no statement to copy.
    expect(within(person).queryByText(/^CREATE INDEX/)).not.toBeInTheDocument();
    expect(api.callsOf('GetMcpIndexAdvice')).toHaveLength(1);
  });

  it('should say the module never runs the statements, and CONCURRENTLY needs no transaction', async () => {
    renderSettingsPage({ route: 'activity' });

    const section = await findSection();

    expect(section).toHaveTextContent(
      'Nothing here is applied for you: the module never creates or drops an index. Run a statement yourself, outside a transaction (CREATE INDEX CONCURRENTLY cannot run inside one), at a quiet time.',
    );
  });

  it('should copy a statement exactly as the API gave it', async () => {
    const { user } = renderSettingsPage({ route: 'activity' });
    const section = await findSection();
    const statement = createFakeApiState().indexAdvice[0].statement!;

    await user.click(
      await within(section).findByRole('button', {
        name: /^Copy index statement for Opportunity/,
      }),
    );

    expect(await navigator.clipboard.readText()).toBe(statement);
  });

  it('should say when nothing is recorded yet', async () => {
    renderSettingsPage({ route: 'activity', state: { indexAdvice: [] } });

    expect(
      await within(await findSection()).findByTestId('index-advice-empty'),
    ).toHaveTextContent(
      'No reads recorded yet: the advice follows what AI clients actually ask.',
    );
  });

  it('should say when every recorded read is served', async () => {
    renderSettingsPage({
      route: 'activity',
      state: { indexAdvice: createFakeApiState().indexAdvice.slice(1) },
    });

    expect(
      await within(await findSection()).findByTestId('index-advice-summary'),
    ).toHaveTextContent('Every recorded read is served by an existing index.');
  });
});
