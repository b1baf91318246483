import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { type RolePermissions } from '../../../../domain/permissions/types/role-permissions.type';
import { parseFilter } from '../../../../services/records/utils/parse-filter.util';
import { splitActivityTargetsInput } from '../../../../services/records/utils/split-activity-targets-input.util';
import { buildObjectDescription } from '../../../utils/build-object-description.util';
import { type ObjectView } from '../../types/object-view.type';
import { buildCreateInputSchema } from '../build-create-input-schema.util';
import { buildExpandSchema } from '../build-expand-schema.util';
import { buildFilterSchema } from '../build-filter-schema.util';
import { buildRecordOutputSchema } from '../build-record-output-schema.util';
import { buildUpdateInputSchema } from '../build-update-input-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { demoObjectView } from './demo-object-view.fixture';

const COMPANY = '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a002';
const OPPORTUNITY = '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a003';
const NOTE = '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a004';

const objectId = (name: string) =>
  buildDemoWorkspaceSchema().objects.find(
    (object) => object.nameSingular === name,
  )!.id;
const override = (
  values: Partial<RolePermissions['objectOverrides'][string]>,
) => ({
  canReadObjectRecords: null,
  canUpdateObjectRecords: null,
  canSoftDeleteObjectRecords: null,
  canDestroyObjectRecords: null,
  ...values,
});
const SUPPORT_AGENT = fullAccessRole({
  objectOverrides: {
    [objectId('opportunity')]: override({
      canReadObjectRecords: false,
      canUpdateObjectRecords: false,
    }),
  },
});

// Whether the query layer, which validates compact tool calls, takes it.
const acceptsInput = (view: ObjectView, input: unknown) => {
  try {
    splitActivityTargetsInput(view, input);

    return true;
  } catch {
    return false;
  }
};
const acceptsFilter = (view: ObjectView, filter: unknown) => {
  try {
    parseFilter(view, filter);

    return true;
  } catch {
    return false;
  }
};

const INPUTS = [
  { targets: [] },
  { targets: [{ object: 'company', id: COMPANY }] },
  { targets: [{ object: 'opportunity', id: OPPORTUNITY }] },
  { targets: [{ object: 'note', id: NOTE }] },
  { targets: [{ object: 'company', id: 'acme' }] },
  { targets: [{ object: 'company', id: COMPANY, label: 'Acme' }] },
  { targets: { object: 'company', id: COMPANY } },
  {
    targets: Array.from({ length: 21 }, () => ({
      object: 'company',
      id: COMPANY,
    })),
  },
];
const FILTERS = [
  { targets: { companyId: { eq: COMPANY } } },
  { targets: { companyId: { in: [COMPANY] }, personId: { eq: COMPANY } } },
  { targets: { opportunityId: { eq: OPPORTUNITY } } },
  { targets: { noteId: { eq: NOTE } } },
  { targets: { companyId: { neq: COMPANY } } },
  { targets: { companyId: { eq: 'acme' } } },
  { not: { targets: { subscriptionId: { in: [] } } } },
];

describe('`targets` in the schemas of notes and tasks', () => {
  it.each([
    ['Admin', fullAccessRole()],
    ['Support Agent', SUPPORT_AGENT],
  ])(
    'should agree with the query layer for %s on every input and filter',
    (_label, role) => {
      for (const objectName of ['note', 'task']) {
        const view = demoObjectView(objectName, role);
        const create = compileSchema(buildCreateInputSchema(view));
        const update = compileSchema(buildUpdateInputSchema(view));
        const filter = compileSchema(buildFilterSchema(view));

        for (const input of INPUTS) {
          const accepted = acceptsInput(view, input);

          expect({ input, create: create(input) }).toEqual({
            input,
            create: accepted,
          });
          expect({ input, update: update({ id: NOTE, ...input }) }).toEqual({
            input,
            update: accepted,
          });
        }

        for (const candidate of FILTERS) {
          expect({ candidate, valid: filter(candidate) }).toEqual({
            candidate,
            valid: acceptsFilter(view, candidate),
          });
        }
      }
    },
  );

  it('should offer every readable target object, and only those', () => {
    const admin = buildCreateInputSchema(demoObjectView('note'));
    const support = buildCreateInputSchema(
      demoObjectView('note', SUPPORT_AGENT),
    );
    const objectEnum = (schema: typeof admin) =>
      schema.properties?.targets.items?.properties?.object.enum;

    expect(objectEnum(admin)).toEqual([
      'person',
      'company',
      'opportunity',
      'subscription',
      'supportTicket',
    ]);
    expect(objectEnum(support)).toEqual([
      'person',
      'company',
      'subscription',
      'supportTicket',
    ]);
  });

  it('should describe targets in describe_object as the schemas accept them', () => {
    const view = demoObjectView('note', SUPPORT_AGENT);
    const described = buildObjectDescription(
      view.object,
      view.access,
    ).fields.filter((field) => field.name === 'targets');

    expect(described).toEqual([
      expect.objectContaining({
        type: 'TARGETS',
        writable: true,
        sortable: false,
        targetObjects: ['person', 'company', 'subscription', 'supportTicket'],
        subFields: {
          personId: ['eq', 'in'],
          companyId: ['eq', 'in'],
          subscriptionId: ['eq', 'in'],
          supportTicketId: ['eq', 'in'],
        },
      }),
    ]);
    expect(described[0].description).toMatch(/expand: \["targets"\]/);
    expect(
      buildCreateInputSchema(view).properties?.targets.items?.properties?.object
        .enum,
    ).toEqual(described[0].targetObjects);
  });

  it('should expand and show targets, typed, on notes and tasks only', () => {
    const note = demoObjectView('note');
    const output = compileSchema(buildRecordOutputSchema(note));
    const record = {
      id: NOTE,
      targets: [{ object: 'company', id: COMPANY, label: 'Acme' }],
    };

    expect(buildExpandSchema(note)?.items?.enum).toContain('targets');
    expect(output(record)).toBe(true);
    expect(
      output({ ...record, targets: [{ object: 'company', id: COMPANY }] }),
    ).toBe(false);

    for (const objectName of ['person', 'company', 'supportTicket']) {
      const view = demoObjectView(objectName);

      expect(buildExpandSchema(view)?.items?.enum).not.toContain('targets');
      expect(buildCreateInputSchema(view).properties).not.toHaveProperty(
        'targets',
      );
      expect(
        buildObjectDescription(view.object, view.access).fields.map(
          (field) => field.name,
        ),
      ).not.toContain('targets');
    }
  });

  it("should follow the role's explicit rows for the junction object", () => {
    const readOnlyLinks = demoObjectView(
      'note',
      fullAccessRole({
        objectOverrides: {
          [objectId('noteTarget')]: override({ canUpdateObjectRecords: false }),
        },
      }),
    );
    const noLinks = demoObjectView(
      'note',
      fullAccessRole({
        objectOverrides: {
          [objectId('noteTarget')]: override({ canReadObjectRecords: false }),
        },
      }),
    );

    expect(buildCreateInputSchema(readOnlyLinks).properties).not.toHaveProperty(
      'targets',
    );
    expect(buildExpandSchema(readOnlyLinks)?.items?.enum).toContain('targets');
    expect(
      buildObjectDescription(
        readOnlyLinks.object,
        readOnlyLinks.access,
      ).fields.find((field) => field.name === 'targets'),
    ).toMatchObject({ writable: false });
    expect(buildExpandSchema(noLinks)?.items?.enum).not.toContain('targets');
    expect(
      compileSchema(buildFilterSchema(noLinks))({
        targets: { companyId: { eq: COMPANY } },
      }),
    ).toBe(false);
  });
});
