import { type FieldMetadataRow } from '../../../metadata/types/field-metadata-row.type';
import { STANDARD_OBJECTS } from '../../../metadata/standard-objects/standard-objects.const';
import { type WorkspaceMetadata } from '../../../metadata/types/workspace-metadata.type';
import { buildWorkspaceMetadata } from '../../../metadata/utils/build-workspace-metadata.util';
import { SUBSCRIPTION_OBJECT } from '../../../seed/demo/objects/subscription.object';
import { SUPPORT_TICKET_OBJECT } from '../../../seed/demo/objects/support-ticket.object';
import { findRelationMetadataIssues } from '../find-relation-metadata-issues.util';

const buildDemoMetadata = (): WorkspaceMetadata =>
  buildWorkspaceMetadata({
    workspaceId: '3b8e6458-5fc1-4e63-8563-008ccddaa6db',
    standardApplicationId: '00000000-0000-4000-8000-000000000001',
    customApplicationId: '00000000-0000-4000-8000-000000000002',
    objects: [...STANDARD_OBJECTS, SUBSCRIPTION_OBJECT, SUPPORT_TICKET_OBJECT],
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });

const fieldOf = (
  metadata: WorkspaceMetadata,
  objectName: string,
  fieldName: string,
): FieldMetadataRow => {
  const field = metadata.objects
    .find((object) => object.nameSingular === objectName)
    ?.fields.find((candidate) => candidate.name === fieldName);

  if (!field) {
    throw new Error(`No field ${objectName}.${fieldName}`);
  }

  return field;
};

const located = (metadata: WorkspaceMetadata) =>
  findRelationMetadataIssues(metadata).map(
    ({ objectName, fieldName, kind }) => ({
      objectName,
      fieldName,
      kind,
    }),
  );

describe('findRelationMetadataIssues', () => {
  it('should accept the relations buildWorkspaceMetadata produces', () => {
    expect(findRelationMetadataIssues(buildDemoMetadata())).toEqual([]);
  });

  it('should report both sides when one side points elsewhere', () => {
    const metadata = buildDemoMetadata();

    fieldOf(
      metadata,
      'supportTicket',
      'requester',
    ).relationTargetFieldMetadataId = fieldOf(
      metadata,
      'supportTicket',
      'name',
    ).id;

    expect(located(metadata)).toEqual(
      expect.arrayContaining([
        {
          objectName: 'supportTicket',
          fieldName: 'requester',
          kind: 'BROKEN_RELATION_METADATA',
        },
        {
          objectName: 'person',
          fieldName: 'supportTickets',
          kind: 'BROKEN_RELATION_METADATA',
        },
      ]),
    );
  });

  it('should report a target field that is not active', () => {
    const metadata = buildDemoMetadata();
    const person = metadata.objects.find(
      (object) => object.nameSingular === 'person',
    )!;

    person.fields = person.fields.filter(
      (field) => field.name !== 'supportTickets',
    );

    expect(located(metadata)).toEqual([
      {
        objectName: 'supportTicket',
        fieldName: 'requester',
        kind: 'BROKEN_RELATION_METADATA',
      },
    ]);
  });

  it('should report a target object that is not active', () => {
    const metadata = buildDemoMetadata();

    fieldOf(
      metadata,
      'supportTicket',
      'requester',
    ).relationTargetObjectMetadataId = '00000000-0000-4000-8000-00000000dead';

    expect(
      findRelationMetadataIssues(metadata).map(({ message }) => message),
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining('is not an active object of the workspace'),
      ]),
    );
  });

  it('should report a morph relation without morphId', () => {
    const metadata = buildDemoMetadata();

    fieldOf(metadata, 'supportTicket', 'aboutCompany').morphId = null;

    expect(findRelationMetadataIssues(metadata)).toEqual([
      {
        objectName: 'supportTicket',
        fieldName: 'aboutCompany',
        kind: 'BROKEN_RELATION_METADATA',
        message: 'MORPH_RELATION field has no morphId',
      },
    ]);
  });

  it('should report two sides with the same relation type', () => {
    const metadata = buildDemoMetadata();

    fieldOf(metadata, 'person', 'supportTickets').settings = {
      relationType: 'MANY_TO_ONE',
    };

    expect(located(metadata)).toEqual([
      {
        objectName: 'person',
        fieldName: 'supportTickets',
        kind: 'BROKEN_RELATION_METADATA',
      },
      {
        objectName: 'supportTicket',
        fieldName: 'requester',
        kind: 'BROKEN_RELATION_METADATA',
      },
    ]);
  });

  it('should report an unknown relation type or ON DELETE action', () => {
    const metadata = buildDemoMetadata();

    fieldOf(metadata, 'supportTicket', 'requester').settings = {
      relationType: 'MANY_TO_ONE',
      onDelete: 'EXPLODE',
      joinColumnName: 'requesterId',
    };
    fieldOf(metadata, 'person', 'supportTickets').settings = null;

    expect(
      findRelationMetadataIssues(metadata).map(({ message }) => message),
    ).toEqual(
      expect.arrayContaining([
        'settings.onDelete is "EXPLODE", not an ON DELETE action',
        'settings.relationType is undefined, expected MANY_TO_ONE or ONE_TO_MANY',
      ]),
    );
  });
});
