import { buildDemoWorkspaceSchema } from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type FenceRule } from '../../types/fence-rule.type';
import { buildRecordFenceRule } from '../build-record-fence-rule.util';

const workspace = buildDemoWorkspaceSchema();
const objectNamed = (name: string): ObjectSchema =>
  workspace.objects.find((object) => object.nameSingular === name)!;
const propertiesOf = (rule: FenceRule | undefined) =>
  rule && typeof rule === 'object' && 'properties' in rule
    ? rule.properties
    : {};

describe('buildRecordFenceRule', () => {
  it('should fence the free text of a person, composites by sub-field', () => {
    const rule = propertiesOf(
      buildRecordFenceRule(objectNamed('person'), workspace, false),
    );

    expect(rule.name).toEqual({
      properties: { firstName: 'text', lastName: 'text' },
    });
    expect(rule.jobTitle).toBe('text');
    expect(rule.city).toBe('text');
    expect(rule.emails).toEqual({
      properties: { primaryEmail: 'text', additionalEmails: 'text' },
    });
    expect(rule.linkedinLink).toEqual({
      properties: {
        primaryLinkLabel: 'text',
        primaryLinkUrl: 'text',
        secondaryLinks: 'text',
      },
    });
    expect(rule.phones).toEqual({
      properties: {
        primaryPhoneNumber: 'text',
        primaryPhoneCountryCode: 'text',
        primaryPhoneCallingCode: 'text',
        additionalPhones: 'text',
      },
    });
    expect(rule.avatarFile).toBe('text');
    // Actors: only the name is text (source is an enum, the member a uuid).
    expect(propertiesOf(rule.createdBy)).toMatchObject({ name: 'text' });
    expect(propertiesOf(rule.createdBy).source).toBeUndefined();
  });

  it('should trust typed columns: ids, dates, numbers, enums, join columns', () => {
    const rule = propertiesOf(
      buildRecordFenceRule(objectNamed('opportunity'), workspace, false),
    );

    expect(Object.keys(rule).sort()).toEqual([
      'amount',
      'createdBy',
      'name',
      'updatedBy',
    ]);
    expect(rule.amount).toEqual({ properties: { currencyCode: 'text' } });
  });

  it('should cover every type of the custom subscription object', () => {
    const rule = propertiesOf(
      buildRecordFenceRule(objectNamed('subscription'), workspace, false),
    );

    expect(rule).toMatchObject({
      name: 'text',
      terms: 'text',
      tags: 'text',
      externalMetadata: 'json',
      contracts: 'text',
      billingContact: { properties: { firstName: 'text', lastName: 'text' } },
      billingAddress: {
        properties: {
          addressStreet1: 'text',
          addressStreet2: 'text',
          addressCity: 'text',
          addressPostcode: 'text',
          addressState: 'text',
          addressCountry: 'text',
        },
      },
    });
    for (const trusted of [
      'id',
      'plan',
      'addOns',
      'seats',
      'usageUnits',
      'startsOn',
      'renewsAt',
      'autoRenew',
      'billingAccountId',
      'healthScore',
      'companyId',
      'position',
      'searchVector',
    ]) {
      expect(rule[trusted]).toBeUndefined();
    }
  });

  it('should describe expansions one level deep with the target object rule', () => {
    const person = propertiesOf(
      buildRecordFenceRule(objectNamed('person'), workspace, true),
    );
    const company = buildRecordFenceRule(
      objectNamed('company'),
      workspace,
      false,
    );

    expect(person.companyId).toBeUndefined();
    expect(person.company).toEqual(company);
    expect(person.pointOfContactForOpportunities).toEqual({
      properties: {
        records: {
          items: buildRecordFenceRule(
            objectNamed('opportunity'),
            workspace,
            false,
          ),
        },
      },
    });
    // No second level.
    expect(propertiesOf(person.company).people).toBeUndefined();
  });

  it("should fence the labels of a note's targets and a morph relation's target", () => {
    const note = propertiesOf(
      buildRecordFenceRule(objectNamed('note'), workspace, true),
    );
    const ticket = propertiesOf(
      buildRecordFenceRule(objectNamed('supportTicket'), workspace, true),
    );

    expect(note.targets).toEqual({ items: { properties: { label: 'text' } } });
    expect(note.bodyV2).toBe('text');
    expect(propertiesOf(ticket.aboutCompany).name).toBe('text');
    expect(ticket.details).toBe('text');
  });
});
