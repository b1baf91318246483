import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { resolveActivityTargetsExpansion } from '../../../../../services/records/utils/resolve-activity-targets-expansion.util';
import { buildActivityTargetsExpansionQuery } from '../build-activity-targets-expansion-query.util';

const context = buildQueryTestContext();
const NOTE = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const OTHER_NOTE = '0b7e6a52-5d0a-4b8e-9d6e-1f2a3b4c5d6e';

describe('buildActivityTargetsExpansionQuery', () => {
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
        schemaName: context.workspace.schemaName,
        expansion: expansion!,
        activityIds: [NOTE, OTHER_NOTE, NOTE],
      }),
    ).toMatchSnapshot();
  });
});
