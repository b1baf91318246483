import { buildDemoWorkspaceSchema } from '../../../../../../test/fixtures/demo-workspace-schema.fixture';
import { type WorkspaceEventBatch } from '../../types/workspace-event-batch.type';
import { collectJoinIds } from '../collect-join-ids.util';
import { enrichWorkflowBatch } from '../enrich-workflow-batch.util';
import { listEnrichedRecords } from '../list-enriched-records.util';
import { listManyToOneJoins } from '../list-many-to-one-joins.util';

describe('workflow batch enrichment', () => {
  const workspace = buildDemoWorkspaceSchema();
  const object = (name: string) =>
    workspace.objects.find((candidate) => candidate.nameSingular === name)!;
  const acme = { id: 'c1', name: 'Acme' };
  const globex = { id: 'c2', name: 'Globex' };
  const related = new Map([
    [
      'companyId',
      new Map([
        ['c1', acme],
        ['c2', globex],
      ]),
    ],
  ]);
  const batch = (events: WorkspaceEventBatch['events']) => ({
    name: 'person.updated',
    workspaceId: 'w1',
    objectMetadata: { id: 'o1', nameSingular: 'person', isAuditLogged: true },
    actor: { type: 'apiKey' as const },
    events,
  });
  const moved = batch([
    {
      recordId: 'p1',
      properties: {
        before: { id: 'p1', companyId: 'c1' },
        after: { id: 'p1', companyId: 'c2' },
        updatedFields: ['companyId'],
        diff: { companyId: { before: 'c1', after: 'c2' } },
      },
    },
    {
      recordId: 'p2',
      properties: {
        before: { id: 'p2', companyId: null },
        after: { id: 'p2', companyId: 'gone' },
        updatedFields: ['companyId'],
        diff: { companyId: { before: null, after: 'gone' } },
      },
    },
  ]);

  describe('listManyToOneJoins', () => {
    it('should list the relation fields owning a join column, morph targets one by one', () => {
      const summary = (name: string) =>
        listManyToOneJoins(object(name), workspace.objects).map(
          ({ fieldName, joinColumnName, target }) =>
            `${fieldName}/${joinColumnName}/${target.nameSingular}`,
        );

      expect(summary('person')).toEqual(['company/companyId/company']);
      expect(summary('noteTarget')).toEqual(
        expect.arrayContaining([
          'note/noteId/note',
          'targetPerson/targetPersonId/person',
          'targetCompany/targetCompanyId/company',
        ]),
      );
    });
  });

  describe('listEnrichedRecords and collectJoinIds', () => {
    it('should take before and after of updates, before of deletions, after of creations, nothing of restores', () => {
      const ids = (action: Parameters<typeof listEnrichedRecords>[1]) =>
        collectJoinIds(listEnrichedRecords(moved, action), 'companyId');

      expect(ids('updated')).toEqual(['c1', 'c2', 'gone']);
      expect(ids('deleted')).toEqual(['c1']);
      expect(ids('destroyed')).toEqual(['c1']);
      expect(ids('created')).toEqual(['c2', 'gone']);
      expect(ids('restored')).toEqual([]);
    });
  });

  describe('enrichWorkflowBatch', () => {
    const joins = listManyToOneJoins(object('person'), workspace.objects);

    it('should put the related record under the relation field of before and after', () => {
      const enriched = enrichWorkflowBatch({
        batch: moved,
        action: 'updated',
        joins,
        relatedByJoinColumn: related,
      });

      expect(enriched.events[0].properties.before).toEqual({
        id: 'p1',
        companyId: 'c1',
        company: acme,
      });
      expect(enriched.events[0].properties.after).toEqual({
        id: 'p1',
        companyId: 'c2',
        company: globex,
      });
      expect(enriched.events[0].properties.diff).toEqual(
        moved.events[0].properties.diff,
      );
    });

    it('should leave the relation out when the join is empty or its record was not found', () => {
      const enriched = enrichWorkflowBatch({
        batch: moved,
        action: 'updated',
        joins,
        relatedByJoinColumn: related,
      });

      expect(enriched.events[1].properties.before).toEqual({
        id: 'p2',
        companyId: null,
      });
      expect(enriched.events[1].properties.after).toEqual({
        id: 'p2',
        companyId: 'gone',
      });
    });

    it('should enrich only before on deletions and leave the original batch untouched', () => {
      const enriched = enrichWorkflowBatch({
        batch: moved,
        action: 'deleted',
        joins,
        relatedByJoinColumn: related,
      });

      expect(enriched.events[0].properties.before!.company).toEqual(acme);
      expect(enriched.events[0].properties.after!.company).toBeUndefined();
      expect(moved.events[0].properties.before).toEqual({
        id: 'p1',
        companyId: 'c1',
      });
    });
  });
});
