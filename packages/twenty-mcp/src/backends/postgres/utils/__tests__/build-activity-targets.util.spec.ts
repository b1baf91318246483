import { buildDemoWorkspaceSchema } from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import {
  type FieldSchema,
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../../domain/workspace/types/workspace-schema.type';
import { buildActivityTargets } from '../build-activity-targets.util';

const DEMO_TARGETS = [
  { objectName: 'person', joinColumnName: 'targetPersonId' },
  { objectName: 'company', joinColumnName: 'targetCompanyId' },
  { objectName: 'opportunity', joinColumnName: 'targetOpportunityId' },
  { objectName: 'subscription', joinColumnName: 'targetSubscriptionId' },
  { objectName: 'supportTicket', joinColumnName: 'targetSupportTicketId' },
];

describe('buildActivityTargets', () => {
  const demo = buildDemoWorkspaceSchema();
  const find = (schema: WorkspaceSchema, name: string) =>
    schema.objects.find((object) => object.nameSingular === name)!;
  // The demo objects, freshly computed (not the values the fixture stored).
  const compute = (objects: ObjectSchema[], name: string) =>
    buildActivityTargets(
      objects.find((object) => object.nameSingular === name)!,
      objects,
    );
  const withObject = (
    name: string,
    change: (object: ObjectSchema) => ObjectSchema,
  ) =>
    demo.objects.map((object) =>
      object.nameSingular === name ? change(structuredClone(object)) : object,
    );
  const withField = (objectName: string, field: Partial<FieldSchema>) =>
    withObject(objectName, (object) => ({
      ...object,
      fields: [
        ...object.fields,
        {
          ...object.fields.find((candidate) => candidate.name === 'id')!,
          id: 'extra-field',
          isSystem: false,
          ...field,
        } as FieldSchema,
      ],
    }));

  it('should find noteTarget for notes and taskTarget for tasks, with every morph target', () => {
    expect(find(demo, 'note').activityTargets).toEqual({
      junctionObjectName: 'noteTarget',
      activityJoinColumn: 'noteId',
      targets: DEMO_TARGETS,
    });
    expect(find(demo, 'task').activityTargets).toEqual({
      junctionObjectName: 'taskTarget',
      activityJoinColumn: 'taskId',
      targets: DEMO_TARGETS,
    });
  });

  it('should give the targets, the junctions and look-alike system objects none', () => {
    for (const name of [
      'person',
      'company',
      'opportunity',
      'subscription',
      'noteTarget',
      'attachment',
      'favorite',
      // timelineActivity has a CASCADE many-to-one to workspaceMember and a
      // morph relation, but carries data of its own.
      'workspaceMember',
      'timelineActivity',
    ]) {
      expect({ name, targets: find(demo, name).activityTargets }).toEqual({
        name,
        targets: null,
      });
    }
  });

  it('should read names from metadata, not assume them', () => {
    const renamed = demo.objects.map((object) => {
      if (object.nameSingular === 'note') {
        return { ...object, nameSingular: 'meeting' };
      }

      if (object.nameSingular !== 'noteTarget') {
        return object;
      }

      return {
        ...object,
        nameSingular: 'meetingLink',
        tableName: '_meetingLink',
        fields: object.fields.map((field) =>
          field.relation?.targetObjectName === 'note'
            ? {
                ...field,
                relation: {
                  ...field.relation,
                  targetObjectName: 'meeting',
                  joinColumnName: 'meetingId',
                },
              }
            : field,
        ),
      };
    });

    expect(compute(renamed, 'meeting')).toEqual({
      junctionObjectName: 'meetingLink',
      activityJoinColumn: 'meetingId',
      targets: DEMO_TARGETS,
    });
  });

  it('should not treat a junction with data of its own, or a non-system one, as links', () => {
    expect(
      compute(withField('noteTarget', { name: 'comment' }), 'note'),
    ).toBeNull();
    expect(
      compute(
        withObject('noteTarget', (object) => ({ ...object, isSystem: false })),
        'note',
      ),
    ).toBeNull();
    expect(
      compute(
        withObject('noteTarget', (object) => ({
          ...object,
          fields: object.fields.map((field) =>
            field.name === 'note'
              ? {
                  ...field,
                  relation: { ...field.relation!, onDelete: 'SET_NULL' },
                }
              : field,
          ),
        })),
        'note',
      ),
    ).toBeNull();
  });

  it('should leave an object alone when two junctions point at it or it has a real "targets" field', () => {
    const twoJunctions = [
      ...demo.objects,
      { ...find(demo, 'noteTarget'), id: 'copy', nameSingular: 'noteLink' },
    ];

    expect(compute(twoJunctions, 'note')).toBeNull();
    expect(compute(withField('note', { name: 'targets' }), 'note')).toBeNull();
  });
});
