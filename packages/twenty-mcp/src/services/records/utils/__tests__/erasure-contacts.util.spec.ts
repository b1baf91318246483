import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { computeEffectivePermissions } from '../../../../domain/permissions/utils/compute-effective-permissions.util';
import { type PersonContacts } from '../../../../domain/records/types/person-contacts.type';
import { type FieldSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { buildContactMatchFilter } from '../build-contact-match-filter.util';
import { collectPersonContacts } from '../collect-person-contacts.util';
import { isPersonPhone } from '../is-person-phone.util';
import { removePersonContacts } from '../remove-person-contacts.util';
import { resolveErasureContactFields } from '../resolve-erasure-contact-fields.util';

const schema = buildDemoWorkspaceSchema();
const objectOf = (name: string) =>
  schema.objects.find((object) => object.nameSingular === name)!;
const fieldOf = (objectName: string, fieldName: string): FieldSchema =>
  objectOf(objectName).fields.find((field) => field.name === fieldName)!;

const CONTACTS: PersonContacts = {
  emails: ['ann@example.com', 'ann@home.example'],
  phones: [{ number: '612345678', callingCode: '33' }],
};

describe('erasure: finding and removing a person’s contact details', () => {
  it('should collect every address and number of the person, normalised', () => {
    expect(
      collectPersonContacts(objectOf('person'), {
        id: 'p',
        emails: {
          primaryEmail: ' Ann@Example.com ',
          additionalEmails: ['ann@home.example', 'ANN@example.com', 42],
        },
        phones: {
          primaryPhoneNumber: '6 12 34 56 78',
          primaryPhoneCallingCode: '+33',
          additionalPhones: [
            { number: '123', callingCode: '+1' },
            { number: '(415) 555-0100', callingCode: '+1' },
          ],
        },
      }),
    ).toEqual({
      emails: ['ann@example.com', 'ann@home.example'],
      // Too short to be told apart from other numbers: left out.
      phones: [
        { number: '612345678', callingCode: '33' },
        { number: '4155550100', callingCode: '1' },
      ],
    });
  });

  it('should recognise the same number however it is written', () => {
    expect(isPersonPhone(CONTACTS, '06 12 34 56 78', '+33')).toBe(true);
    expect(isPersonPhone(CONTACTS, '612345678', '')).toBe(true);
    expect(isPersonPhone(CONTACTS, '+33 6 12 34 56 78')).toBe(true);
    expect(isPersonPhone(CONTACTS, '612345678', '+44')).toBe(false);
    expect(isPersonPhone(CONTACTS, '612345679', '+33')).toBe(false);
    expect(isPersonPhone(CONTACTS, '', '+33')).toBe(false);
  });

  it('should take the person’s addresses out of an Emails value, promoting what remains', () => {
    const emails = fieldOf('subscription', 'billingEmails');

    expect(
      removePersonContacts(
        emails,
        {
          primaryEmail: 'ANN@example.com',
          additionalEmails: [
            'billing@example.com',
            'ann@home.example',
            'x@y.z',
          ],
        },
        CONTACTS,
      ),
    ).toEqual({
      primaryEmail: 'billing@example.com',
      additionalEmails: ['x@y.z'],
    });
    expect(
      removePersonContacts(
        emails,
        { primaryEmail: 'ann@example.com', additionalEmails: null },
        CONTACTS,
      ),
    ).toEqual({ primaryEmail: '', additionalEmails: null });
    expect(
      removePersonContacts(
        emails,
        { primaryEmail: 'annie@example.com', additionalEmails: null },
        CONTACTS,
      ),
    ).toBeUndefined();
  });

  it('should take the person’s numbers out of a Phones value', () => {
    const phones = fieldOf('subscription', 'billingPhones');

    expect(
      removePersonContacts(
        phones,
        {
          primaryPhoneNumber: '0612345678',
          primaryPhoneCountryCode: 'FR',
          primaryPhoneCallingCode: '+33',
          additionalPhones: [
            { number: '700000000', countryCode: 'GB', callingCode: '+44' },
          ],
        },
        CONTACTS,
      ),
    ).toEqual({
      primaryPhoneNumber: '700000000',
      primaryPhoneCountryCode: 'GB',
      primaryPhoneCallingCode: '+44',
      additionalPhones: null,
    });
    expect(
      removePersonContacts(
        phones,
        {
          primaryPhoneNumber: '700000000',
          primaryPhoneCallingCode: '+44',
          additionalPhones: null,
        },
        CONTACTS,
      ),
    ).toBeUndefined();
  });

  it('should empty a Text value that is exactly one of them, and nothing else', () => {
    const text = {
      ...fieldOf('subscription', 'name'),
      type: FieldMetadataType.TEXT,
    };

    expect(removePersonContacts(text, 'Ann@example.com', CONTACTS)).toBe('');
    expect(removePersonContacts(text, '+33 6 12 34 56 78', CONTACTS)).toBe('');
    expect(
      removePersonContacts(text, 'Call ann@example.com', CONTACTS),
    ).toBeUndefined();
    expect(
      removePersonContacts(text, 'Order 612345678', CONTACTS),
    ).toBeUndefined();
  });

  it('should narrow candidates in the database with escaped patterns', () => {
    expect(
      buildContactMatchFilter(fieldOf('subscription', 'billingEmails'), {
        emails: ['a_b%@x.io'],
        phones: [],
      }),
    ).toEqual({
      kind: 'or',
      children: [
        expect.objectContaining({
          subField: 'primaryEmail',
          value: 'a\\_b\\%@x.io',
        }),
        expect.objectContaining({
          subField: 'additionalEmails',
          value: '%"a\\_b\\%@x.io"%',
        }),
      ],
    });
    expect(
      buildContactMatchFilter(
        fieldOf('subscription', 'billingPhones'),
        CONTACTS,
      ),
    ).toEqual({
      kind: 'or',
      children: [
        expect.objectContaining({
          subField: 'primaryPhoneNumber',
          value: '%6%1%2%3%4%5%6%7%8%',
        }),
        expect.objectContaining({ subField: 'additionalPhones' }),
      ],
    });
    expect(
      buildContactMatchFilter(fieldOf('subscription', 'billingPhones'), {
        emails: ['a@b.c'],
        phones: [],
      }),
    ).toBeNull();
  });

  it('should search every readable Emails and Phones field elsewhere by default, or exactly the chosen fields', () => {
    const permissions = computeEffectivePermissions({
      schema,
      role: fullAccessRole(),
      scopes: ['read'],
    });
    const names = (configured: string[] | null) =>
      resolveErasureContactFields({
        workspace: schema,
        permissions,
        personObjectName: 'person',
        configured,
      }).map(({ object, field }) => `${object.nameSingular}.${field.name}`);

    expect(names(null)).toEqual([
      'subscription.billingEmails',
      'subscription.billingPhones',
    ]);
    // Not the person's own fields; not a type that cannot hold them.
    expect(
      names(['subscription.name', 'person.emails', 'subscription.seats']),
    ).toEqual(['subscription.name']);
    expect(names([])).toEqual([]);
  });
});
