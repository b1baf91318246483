import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import {
  catchQueryError,
  expectQueryError,
} from '../../../../../test/services/records/utils/expect-query-error.util';
import { type SelectionRequest } from '../../types/selection-request.type';
import { getSelectionColumns } from '../../../../backends/postgres/records/utils/get-selection-columns.util';
import { renderSelectColumns } from '../../../../backends/postgres/records/utils/render-select-columns.util';
import { resolveSelection } from '../resolve-selection.util';

const context = buildQueryTestContext({
  role: ({ fieldId, objectId }) => ({
    fieldRestrictions: {
      [fieldId('person', 'jobTitle')]: {
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
      [fieldId('company', 'name')]: {
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
    },
    objectOverrides: {
      [objectId('workspaceMember')]: {
        canReadObjectRecords: false,
        canUpdateObjectRecords: null,
        canSoftDeleteObjectRecords: null,
        canDestroyObjectRecords: null,
      },
    },
  }),
});

const select = (objectName: string, request: Partial<SelectionRequest> = {}) =>
  resolveSelection({
    workspace: context.workspace,
    permissions: context.permissions,
    ...context.target(objectName),
    ...request,
  });
const names = (request: ReturnType<typeof select>) =>
  request.fields.map((field) => field.name);

describe('resolveSelection', () => {
  it('should default to every readable field but one-to-many, hidden and deletedAt', () => {
    expect(names(select('person'))).toEqual([
      'id',
      'name',
      'emails',
      'linkedinLink',
      'xLink',
      'phones',
      'city',
      'avatarUrl',
      'avatarFile',
      'createdBy',
      'updatedBy',
      'createdAt',
      'updatedAt',
      'company',
    ]);
  });

  it('should add deletedAt when deleted records are asked for', () => {
    expect(names(select('person', { deleted: 'include' }))).toContain(
      'deletedAt',
    );
    expect(names(select('person', { deleted: 'only' }))).toContain('deletedAt');
  });

  it('should return the asked fields and always id, by name or join column', () => {
    expect(names(select('person', { fields: ['companyId', 'name'] }))).toEqual([
      'id',
      'name',
      'company',
    ]);
    expect(names(select('person', { fields: ['city', 'company'] }))).toEqual([
      'id',
      'city',
      'company',
    ]);
  });

  it('should read exactly the physical columns of the selection', () => {
    expect(
      renderSelectColumns(
        getSelectionColumns(
          select('subscription', {
            fields: [
              'addOns',
              'startsOn',
              'terms',
              'createdBy',
              'monthlyRecurringRevenue',
            ],
          }).fields,
        ),
      ),
    ).toBe(
      '"id", "addOns"::text[] AS "addOns", "monthlyRecurringRevenueAmountMicros", "monthlyRecurringRevenueCurrencyCode",' +
        ` to_char("startsOn", 'YYYY-MM-DD') AS "startsOn", "termsMarkdown", "createdBySource", "createdByWorkspaceMemberId", "createdByName"`,
    );
  });

  it('should report unknown and unreadable fields alike', async () => {
    const unreadable = await catchQueryError(() =>
      select('person', { fields: ['jobTitle'] }),
    );
    const missing = await catchQueryError(() =>
      select('person', { fields: ['salary'] }),
    );

    expect(unreadable.message).toBe(
      missing.message.replace('"salary"', '"jobTitle"'),
    );
    expect(missing.message).toBe(
      'Unknown field "salary" on person. Fields you can select: name, emails, linkedinLink, xLink, phones, city, avatarUrl, avatarFile, createdBy, updatedBy, id, createdAt, updatedAt, deletedAt, companyId',
    );
  });

  it('should only return one-to-many relations through expand', async () => {
    await expectQueryError(
      () => select('company', { fields: ['people'] }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      '"people" is a one-to-many relation; add it to "expand" to get its records',
    );
    expect(
      select('company', { fields: ['people'], expand: ['people'] }).oneToMany,
    ).toHaveLength(1);
  });

  it('should plan many-to-one and one-to-many expansions with readable labels only', () => {
    const person = select('person', { fields: ['city'], expand: ['company'] });

    expect(names(person)).toEqual(['id', 'city', 'company']);
    expect(person.manyToOne).toMatchObject([
      {
        joinColumnName: 'companyId',
        labelField: null,
        target: { object: { nameSingular: 'company' } },
      },
    ]);

    const company = select('company', { expand: ['people', 'opportunities'] });

    expect(company.oneToMany).toMatchObject([
      {
        joinColumnName: 'companyId',
        labelField: { name: 'name' },
        target: { object: { nameSingular: 'person' } },
      },
      {
        joinColumnName: 'companyId',
        labelField: { name: 'name' },
        target: { object: { nameSingular: 'opportunity' } },
      },
    ]);
  });

  it('should refuse expanding into objects the role cannot read', async () => {
    const error = await catchQueryError(() =>
      select('company', { expand: ['accountOwner'] }),
    );

    expect(error.message).toMatch(
      /^Cannot expand "accountOwner" on company\. Relations you can expand: people, opportunities, /,
    );
    expect(error.message).not.toMatch(/accountOwner.*accountOwner/);
  });

  it('should refuse expansions without permissions to check targets', async () => {
    await expectQueryError(
      () =>
        resolveSelection({
          workspace: context.workspace,
          ...context.target('person'),
          expand: ['company'],
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'Cannot expand "company" on person. Relations you can expand: none',
    );
  });
});
