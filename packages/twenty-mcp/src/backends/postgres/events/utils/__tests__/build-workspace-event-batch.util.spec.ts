import { buildDemoWorkspaceSchema } from '../../../../../../test/fixtures/demo-workspace-schema.fixture';
import { buildWorkspaceEventBatch } from '../build-workspace-event-batch.util';

describe('buildWorkspaceEventBatch', () => {
  const object = buildDemoWorkspaceSchema().objects.find(
    (candidate) => candidate.nameSingular === 'company',
  )!;
  const write = {
    action: 'deleted' as const,
    object,
    events: [{ recordId: 'r1', properties: { before: { id: 'r1' } } }],
  };
  const objectMetadata = {
    id: object.id,
    nameSingular: 'company',
    isAuditLogged: true,
  };

  it('should name the batch <nameSingular>.<action> and attribute an API key write to no member', () => {
    expect(
      buildWorkspaceEventBatch({
        write,
        workspaceId: 'w1',
        objectMetadata,
        actor: { source: 'API', name: 'Zapier', workspaceMemberId: null },
      }),
    ).toEqual({
      name: 'company.deleted',
      workspaceId: 'w1',
      objectMetadata,
      actor: { type: 'apiKey' },
      events: [{ recordId: 'r1', properties: { before: { id: 'r1' } } }],
    });
  });

  it("should attribute a user's write to their user and workspace member on every event", () => {
    const batch = buildWorkspaceEventBatch({
      write,
      workspaceId: 'w1',
      objectMetadata,
      actor: {
        source: 'API',
        name: 'Ada',
        workspaceMemberId: 'm1',
        userId: 'u1',
      },
    });

    expect(batch.actor).toEqual({ type: 'user' });
    expect(batch.events).toEqual([
      {
        recordId: 'r1',
        userId: 'u1',
        workspaceMemberId: 'm1',
        properties: { before: { id: 'r1' } },
      },
    ]);
  });
});
