import { buildFieldNamesSchema } from '../build-field-names-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { demoObjectView } from './demo-object-view.fixture';

describe('buildFieldNamesSchema', () => {
  it('should list the top-level record keys, many-to-one relations by their join column', () => {
    const schema = buildFieldNamesSchema(demoObjectView('opportunity'));

    expect(schema.items?.enum).toEqual([
      'id',
      'name',
      'amount',
      'closeDate',
      'stage',
      'pointOfContactId',
      'companyId',
      'ownerId',
      'createdAt',
      'updatedAt',
      'deletedAt',
      'createdBy',
      'updatedBy',
    ]);
  });

  it('should accept known names once each', () => {
    const validate = compileSchema(
      buildFieldNamesSchema(demoObjectView('subscription')),
    );

    expect(validate(['name', 'contracts', 'companyId'])).toBe(true);
    expect(validate(['name', 'name'])).toBe(false);
    expect(validate(['company'])).toBe(false);
    expect(validate(['supportTickets'])).toBe(false);
    expect(validate(['position'])).toBe(false);
  });
});
