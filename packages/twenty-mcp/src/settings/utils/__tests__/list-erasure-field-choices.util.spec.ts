import { buildDemoWorkspaceSchema } from '../../../../test/fixtures/demo-workspace-schema.fixture';
import { listErasureFieldChoices } from '../list-erasure-field-choices.util';

describe('listErasureFieldChoices', () => {
  const schema = buildDemoWorkspaceSchema();
  const choices = listErasureFieldChoices(schema);
  const keys = choices.map(({ key }) => key);

  it('should offer the Emails and Phones fields of other objects as the default', () => {
    expect(
      choices.filter(({ isDefault }) => isDefault).map(({ key }) => key),
    ).toEqual(['subscription.billingEmails', 'subscription.billingPhones']);
    expect(
      choices.find(({ key }) => key === 'subscription.billingEmails'),
    ).toEqual({
      key: 'subscription.billingEmails',
      objectName: 'subscription',
      objectLabel: 'Subscription',
      fieldName: 'billingEmails',
      fieldLabel: 'Billing emails',
      fieldType: 'EMAILS',
      isDefault: true,
    });
  });

  it('should offer Text fields, not as the default, system objects included', () => {
    const text = choices.filter(({ fieldType }) => fieldType === 'TEXT');

    expect(text.length).toBeGreaterThan(0);
    expect(text.every(({ isDefault }) => !isDefault)).toBe(true);
    expect(keys).toContain('company.name');
    expect(keys).toContain('attachment.name');
  });

  it('should leave out person and every system field', () => {
    const systemFields = new Set(
      schema.objects.flatMap((object) =>
        object.fields
          .filter((field) => field.isSystem)
          .map((field) => `${object.nameSingular}.${field.name}`),
      ),
    );

    expect(keys.some((key) => key.startsWith('person.'))).toBe(false);
    expect(keys.filter((key) => systemFields.has(key))).toEqual([]);
    expect(keys).not.toContain('workspaceMember.userEmail');
  });

  it('should list standard objects, then custom, then system ones, each once', () => {
    const objects = [...new Set(choices.map(({ objectName }) => objectName))];
    const isSystem = (name: string) =>
      schema.objects.find((object) => object.nameSingular === name)!.isSystem;

    expect(objects.indexOf('company')).toBeLessThan(
      objects.indexOf('subscription'),
    );
    expect(objects.indexOf('subscription')).toBeLessThan(
      objects.indexOf('attachment'),
    );
    expect(isSystem('attachment')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
