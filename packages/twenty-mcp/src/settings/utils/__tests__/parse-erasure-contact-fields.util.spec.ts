import { buildDemoWorkspaceSchema } from '../../../../test/fixtures/demo-workspace-schema.fixture';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { listErasureFieldChoices } from '../list-erasure-field-choices.util';
import { parseErasureContactFields } from '../parse-erasure-contact-fields.util';

describe('parseErasureContactFields', () => {
  const choices = listErasureFieldChoices(buildDemoWorkspaceSchema());
  const refusal = (entries: string[]) => {
    try {
      parseErasureContactFields(entries, choices);
    } catch (error) {
      return error as { code: string; message: string };
    }

    throw new Error('accepted');
  };

  it('should keep the choices named, once each, in the order sent', () => {
    expect(
      parseErasureContactFields(
        [
          'subscription.billingPhones',
          'company.name',
          'subscription.billingPhones',
        ],
        choices,
      ),
    ).toEqual(['subscription.billingPhones', 'company.name']);
    expect(parseErasureContactFields([], choices)).toEqual([]);
  });

  it.each([
    ['an unknown field', 'company.nope'],
    ['a field of person', 'person.emails'],
    ['a field of another type', 'company.employees'],
    ['a system field', 'workspaceMember.userEmail'],
    ['an entry without an object', 'billingEmails'],
  ])('should refuse %s, naming it and what is accepted', (_case, entry) => {
    const error = refusal(['subscription.billingEmails', entry]);

    expect(error.code).toBe(TwentyMcpExceptionCode.INVALID_ARGUMENT);
    expect(error.message).toBe(
      `erasureContactFields: "${entry}" is not accepted. Name Emails, Phones or Text fields of objects other than person, as "objectName.fieldName" (mcpSettings.erasureContactFieldChoices lists them).`,
    );
  });
});
