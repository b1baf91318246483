import { TwentyMcpExceptionCode } from '../../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../../test/query/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../../test/query/utils/expect-query-error.util';
import { type WriteActor } from '../../../../../domain/records/types/write-actor.type';
import { resolveActivityTargetsExpansion } from '../../../../../services/records/utils/resolve-activity-targets-expansion.util';
import { buildActivityTargetRecordsQuery } from '../build-activity-target-records-query.util';
import { buildActivityTargetsExpansionQuery } from '../build-activity-targets-expansion-query.util';
import { buildFindActivityTargetLinksQuery } from '../build-find-activity-target-links-query.util';
import { buildInsertActivityTargetLinksQuery } from '../build-insert-activity-target-links-query.util';
import { buildSoftDeleteActivityTargetLinksQuery } from '../build-soft-delete-activity-target-links-query.util';

const context = buildQueryTestContext();
const schemaName = context.workspace.schemaName;
const object = (name: string) =>
  context.workspace.objects.find(
    (candidate) => candidate.nameSingular === name,
  )!;
const ACTOR: WriteActor = {
  source: 'API',
  name: "Zapier'); DROP TABLE note; --",
  workspaceMemberId: null,
};
const NOTE = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const OTHER_NOTE = '0b7e6a52-5d0a-4b8e-9d6e-1f2a3b4c5d6e';
const COMPANY = 'fa57f55e-e74f-5f77-b79d-229cedc2324d';
const PERSON = '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a001';

describe('activity target queries', () => {
  it('should look up the named targets per object, live ones only', () => {
    expect(
      buildActivityTargetRecordsQuery({
        schemaName,
        targets: [
          { object: object('company'), ids: [COMPANY, COMPANY] },
          { object: object('supportTicket'), ids: [PERSON] },
        ],
      }),
    ).toMatchSnapshot();
  });

  it('should insert links on top of the junction, in order, stamped with the actor', () => {
    expect(
      buildInsertActivityTargetLinksQuery({
        schemaName,
        junction: object('noteTarget'),
        activityJoinColumn: 'noteId',
        links: [
          {
            activityId: NOTE,
            joinColumnName: 'targetCompanyId',
            targetId: COMPANY,
          },
          {
            activityId: NOTE,
            joinColumnName: 'targetPersonId',
            targetId: PERSON,
          },
          {
            activityId: OTHER_NOTE,
            joinColumnName: 'targetCompanyId',
            targetId: COMPANY,
          },
        ],
        actor: ACTOR,
      }),
    ).toMatchSnapshot();
  });

  it('should find the live links of some activities to the given target columns', () => {
    expect(
      buildFindActivityTargetLinksQuery({
        schemaName,
        junctionTableName: 'taskTarget',
        activityJoinColumn: 'taskId',
        activityIds: [NOTE],
        joinColumnNames: ['targetPersonId', 'targetCompanyId'],
      }),
    ).toMatchSnapshot();
  });

  it('should unlink by moving junction rows to the trash, stamped with the actor', () => {
    expect(
      buildSoftDeleteActivityTargetLinksQuery({
        schemaName,
        junction: object('noteTarget'),
        linkIds: [COMPANY, PERSON],
        actor: ACTOR,
      }),
    ).toMatchSnapshot();
  });

  it('should expand the targets of a page with labels, one branch per readable object', () => {
    const expansion = resolveActivityTargetsExpansion(
      context.target('note'),
      context.workspace,
      context.permissions,
    );

    expect(expansion?.targets.map((target) => target.labelField?.name)).toEqual(
      ['name', 'name', 'name', 'name', 'name'],
    );
    expect(
      buildActivityTargetsExpansionQuery({
        schemaName,
        expansion: expansion!,
        activityIds: [NOTE, OTHER_NOTE, NOTE],
      }),
    ).toMatchSnapshot();
  });

  it('should refuse empty requests instead of building invalid SQL', async () => {
    await expectQueryError(
      () => buildActivityTargetRecordsQuery({ schemaName, targets: [] }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
    );
    await expectQueryError(
      () =>
        buildInsertActivityTargetLinksQuery({
          schemaName,
          junction: object('noteTarget'),
          activityJoinColumn: 'noteId',
          links: [],
          actor: ACTOR,
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
    );
    await expectQueryError(
      () =>
        buildSoftDeleteActivityTargetLinksQuery({
          schemaName,
          junction: object('noteTarget'),
          linkIds: [],
          actor: ACTOR,
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
    );
  });
});
