import { buildDemoWorkspaceSchema } from '../../../../../../test/fixtures/demo-workspace-schema.fixture';
import { buildEventSelection } from '../../utils/build-event-selection.util';
import { buildRelatedRecordsQuery } from '../build-related-records-query.util';
import { buildWorkflowTriggersQuery } from '../build-workflow-triggers-query.util';

describe('workflow trigger queries', () => {
  const workspace = buildDemoWorkspaceSchema();

  it('should read live database-event triggers of the event names from the workspace schema', () => {
    const { sql, params } = buildWorkflowTriggersQuery(workspace.schemaName, [
      'person.created',
      'company.updated',
    ]);

    expect(sql).toBe(
      `SELECT "workflowId", "settings" FROM "${workspace.schemaName}"."workflowAutomatedTrigger"` +
        ` WHERE "type"::text = 'DATABASE_EVENT' AND "deletedAt" IS NULL` +
        ` AND "workflowId" IS NOT NULL AND "settings"->>'eventName' = ANY($1::text[])`,
    );
    expect(params).toEqual([['person.created', 'company.updated']]);
  });

  it('should read untrashed related records by id, whole', () => {
    const company = workspace.objects.find(
      (object) => object.nameSingular === 'company',
    )!;
    const { sql, params } = buildRelatedRecordsQuery(
      workspace.schemaName,
      company,
      buildEventSelection(company).fields,
      ['c1'],
    );

    expect(sql).toMatch(
      new RegExp(
        `^SELECT .*"name".* FROM "${workspace.schemaName}"\\."company" WHERE "id" = ANY\\(\\$1::uuid\\[\\]\\) AND "deletedAt" IS NULL$`,
      ),
    );
    expect(sql).toContain('"id"');
    expect(sql).toContain('"accountOwnerId"');
    expect(params).toEqual([['c1']]);
  });
});
