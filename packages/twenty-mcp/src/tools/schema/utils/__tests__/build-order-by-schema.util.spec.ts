import { buildOrderBySchema } from '../build-order-by-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { demoObjectView } from './demo-object-view.fixture';

describe('buildOrderBySchema', () => {
  it('should accept single-key items with composite sub-fields nested', () => {
    const validate = compileSchema(
      buildOrderBySchema(demoObjectView('person')),
    );

    expect(
      validate([
        { city: 'AscNullsLast' },
        { name: { lastName: 'DescNullsFirst' } },
        { emails: { primaryEmail: 'AscNullsFirst' } },
        { createdBy: { name: 'DescNullsLast' } },
        { id: 'AscNullsFirst' },
      ]),
    ).toBe(true);
    expect(validate([])).toBe(true);
  });

  it.each([
    [
      'two keys in one item',
      [{ city: 'AscNullsLast', jobTitle: 'AscNullsLast' }],
    ],
    ['an empty item', [{}]],
    ['an unknown direction', [{ city: 'ASC' }]],
    [
      'two sub-fields in one item',
      [{ name: { firstName: 'AscNullsLast', lastName: 'AscNullsLast' } }],
    ],
    ['a JSON sub-field', [{ emails: { additionalEmails: 'AscNullsLast' } }]],
    ['a relation', [{ companyId: 'AscNullsLast' }]],
    ['a composite without sub-field', [{ name: 'AscNullsLast' }]],
    ['a never-shown field', [{ position: 'AscNullsLast' }]],
    ['an object instead of an array', { city: 'AscNullsLast' }],
  ])('should reject %s', (_case, orderBy) => {
    const validate = compileSchema(
      buildOrderBySchema(demoObjectView('person')),
    );

    expect(validate(orderBy)).toBe(false);
  });

  it('should sort by ordered, text, select, boolean and uuid values only', () => {
    const properties = Object.keys(
      buildOrderBySchema(demoObjectView('subscription')).items?.properties ??
        {},
    );

    expect(properties).toEqual(
      expect.arrayContaining([
        'plan',
        'seats',
        'usageUnits',
        'monthlyRecurringRevenue',
        'startsOn',
        'autoRenew',
        'billingAccountId',
        'healthScore',
        'terms',
      ]),
    );
    for (const unsortable of [
      'addOns',
      'tags',
      'externalMetadata',
      'contracts',
      'companyId',
      'company',
    ]) {
      expect(properties).not.toContain(unsortable);
    }
  });
});
